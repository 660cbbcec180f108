import { resolve } from "node:path";
import {
  AuditDataset,
  InputError,
  type RecordKind,
  type RecordSource,
  readSource,
  type SourcedRecord,
} from "@shuangbaodao/core";
import {
  type ImportIssue,
  type ImportNotice,
  INPUT_SHEETS,
  importWorkbookRecords,
  REQUIRED_SHEETS,
  type StreamingImportOptions,
} from "@shuangbaodao/excel";
import type { CliIo } from "./cliIo";
import type { Lang } from "./lang";
import { progressBar } from "./progressBar";

/** A workbook's records, or the full list of what is wrong with it. */
export type ReadResult = { ok: true; dataset: AuditDataset } | { ok: false; errors: string };

/** What a run accepts that would otherwise be refused as a workbook that is not ours or is empty. */
export interface ReadAllowances {
  /** `--allow-missing-sheets`: the 单位 or 党员 sheet may be absent. */
  missingSheets?: boolean;
  /** `--allow-no-members`: a workbook without a single member is assessed all the same. */
  noMembers?: boolean;
}

/** A text in the language asked for, then the other one indented beneath: the office and whoever it forwards to. */
function bothLines(lang: Lang, text: { zh: string; en: string }): string {
  return `${text[lang]}\n  ${text[lang === "zh" ? "en" : "zh"]}`;
}

/**
 * Imports a workbook (all or nothing) and validates the records as one audit
 * dataset. Every problem names file, sheet and cell, or the field path; every
 * sheet passed over is named in a warning; a workbook without the 单位 and
 * 党员 sheets, or without members, is refused unless allowed.
 */
export async function readDataset(
  io: CliIo,
  path: string,
  lang: Lang,
  allow: ReadAllowances = {},
): Promise<ReadResult> {
  const file = resolve(io.cwd, path);
  const bar = progressBar(io, lang === "zh" ? "读取" : "reading");
  const read = importedRecords(file, path, {
    onProgress: bar.update,
    requiredSheets: allow.missingSheets ? [] : REQUIRED_SHEETS,
  });
  let dataset: AuditDataset | undefined;
  let coreIssues: InputError | undefined;
  try {
    dataset = await readSource(read.source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    coreIssues = error;
  }
  bar.end();
  for (const notice of read.notices) {
    io.stderr(`${lang === "zh" ? "提示" : "Note"}: ${bothLines(lang, notice.message)}\n`);
  }
  // The workbook's own issues name file, sheet and cell; the core's then add nothing but the same problems again.
  if (read.issues.length > 0) {
    const errors = read.issues.map((issue) => bothLines(lang, issue.message)).join("\n");
    return { ok: false, errors: `${errors}\n` };
  }
  // The registers an assessment does not read (community visits, findings) are said to be left out.
  for (const [kind, count] of read.unused) {
    const sheet = INPUT_SHEETS.find((spec) => spec.key === kind)?.name ?? kind;
    io.stderr(
      `${lang === "zh" ? "提示" : "Note"}: ${bothLines(lang, {
        zh: `${path}：「${sheet}」表的 ${count} 条记录不用于本次评估`,
        en: `${path}: the ${count} record(s) of the "${sheet}" sheet play no part in this assessment`,
      })}\n`,
    );
  }
  if (coreIssues !== undefined || dataset === undefined) {
    const errors = (coreIssues?.issues ?? []).map((issue) =>
      bothLines(lang, {
        zh: `${path} ${issue.path}：${issue.zh}`,
        en: `${path} ${issue.path}: ${issue.message}`,
      }),
    );
    return { ok: false, errors: `${errors.join("\n")}\n` };
  }
  if (dataset.members.length === 0 && !allow.noMembers) {
    const text = {
      zh: `${path}：工作簿中没有党员记录（「党员」表为空），评估结果将全为零；确属如此请加 --allow-no-members`,
      en: `${path}: the workbook has no member (the "党员" sheet is empty), so every count would be zero; add --allow-no-members if that is so`,
    };
    return { ok: false, errors: `${bothLines(lang, text)}\n` };
  }
  return { ok: true, dataset };
}

/** Records handed to the core at a time. */
const BATCH = 1_000;

/**
 * The workbook's records as a source for the core's `readSource` (the same
 * validation and checks as `validate(AuditDataset, …)`), handed over as the
 * streaming import reads them, so that only the validated copy is kept, not
 * the imported one beside it. The import's own issues (cells, sheets, the
 * checks across sheets) and notices are collected as they come, and the
 * records of registers the assessment does not read are counted, not kept.
 */
function importedRecords(file: string, name: string, options: StreamingImportOptions) {
  const used = new Set<string>(Object.keys(AuditDataset.shape));
  const issues: ImportIssue[] = [];
  const notices: ImportNotice[] = [];
  const unused = new Map<string, number>();
  const source: RecordSource = {
    name,
    async *batches() {
      let batch: SourcedRecord[] = [];
      for await (const event of importWorkbookRecords(file, options)) {
        if (event.type === "issue") issues.push(event.issue);
        else if (event.type === "notice") notices.push(event.notice);
        else if (!used.has(event.key)) unused.set(event.key, (unused.get(event.key) ?? 0) + 1);
        else {
          batch.push({ kind: event.key as RecordKind, record: event.record });
          if (batch.length >= BATCH) {
            yield batch;
            batch = [];
          }
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
  return { source, issues, notices, unused };
}
