import { resolve } from "node:path";
import { AuditDataset, InputError, type RecordKind, type RecordSource, readSource } from "@shuangbaodao/core";
import { INPUT_SHEETS, importWorkbook, REQUIRED_SHEETS } from "@shuangbaodao/excel";
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
  const imported = await importWorkbook(file, {
    onProgress: bar.update,
    requiredSheets: allow.missingSheets ? [] : REQUIRED_SHEETS,
  });
  bar.end();
  for (const notice of imported.notices) {
    io.stderr(`${lang === "zh" ? "提示" : "Note"}: ${bothLines(lang, notice.message)}\n`);
  }
  if (!imported.ok) {
    const errors = imported.issues.map((issue) => bothLines(lang, issue.message)).join("\n");
    return { ok: false, errors: `${errors}\n` };
  }
  // The registers an assessment does not read (community visits, findings) are said to be left out.
  const used = new Set(Object.keys(AuditDataset.shape));
  const records: Record<string, unknown[]> = {};
  for (const [kind, list] of Object.entries(imported.records)) {
    if (used.has(kind)) records[kind] = list;
    else if (list.length > 0) {
      const sheet = INPUT_SHEETS.find((spec) => spec.key === kind)?.name ?? kind;
      io.stderr(
        `${lang === "zh" ? "提示" : "Note"}: ${bothLines(lang, {
          zh: `${path}：「${sheet}」表的 ${list.length} 条记录不用于本次评估`,
          en: `${path}: the ${list.length} record(s) of the "${sheet}" sheet play no part in this assessment`,
        })}\n`,
      );
    }
  }
  let dataset: AuditDataset;
  try {
    dataset = await readSource(handingOver(records, path));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const errors = error.issues.map((issue) =>
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
 * The imported lists as a source for the core's `readSource` (the same
 * validation and checks as `validate(AuditDataset, …)`), each batch let go of
 * once handed over: the validated copy is built while the imported one is
 * released, so a large workbook's records are held once, not twice.
 */
function handingOver(lists: Record<string, unknown[]>, name: string): RecordSource {
  return {
    name,
    async *batches() {
      for (const kind of Object.keys(lists)) {
        const list = lists[kind] ?? [];
        lists[kind] = [];
        for (let start = 0; start < list.length; start += BATCH) {
          const end = Math.min(start + BATCH, list.length);
          const batch = [];
          for (let index = start; index < end; index++)
            batch.push({ kind: kind as RecordKind, record: list[index] });
          list.fill(undefined, start, end);
          yield batch;
        }
      }
    },
  };
}
