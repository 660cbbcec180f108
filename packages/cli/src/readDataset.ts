import { resolve } from "node:path";
import {
  type AuditDataset,
  InputError,
  RECORD_KINDS,
  type RecordSink,
  readSourceInto,
} from "@shuangbaodao/core";
import {
  type ImportIssue,
  INPUT_SHEETS,
  type OmittedImportIssues,
  REQUIRED_SHEETS,
  workbookRecordSource,
} from "@shuangbaodao/excel";
import type { CliIo } from "./cliIo";
import { inputErrorsText } from "./inputErrorsText";
import { bothLines, type Lang } from "./lang";
import { progressBar } from "./progressBar";

/** A workbook's records, or the full list of what is wrong with it. */
export type ReadResult = { ok: true; dataset: AuditDataset } | { ok: false; errors: string };

/** A workbook read into a sink: how many members it has, or the full list of what is wrong with it. */
export type ReadIntoResult = { ok: true; memberCount: number } | { ok: false; errors: string };

/** What a run accepts that would otherwise be refused as a workbook that is not ours or is empty. */
export interface ReadAllowances {
  /** `--allow-missing-sheets`: the 单位 or 党员 sheet may be absent. */
  missingSheets?: boolean;
  /** `--allow-no-members`: a workbook without a single member is assessed all the same. */
  noMembers?: boolean;
}

/** Reads a workbook into a validated dataset in memory: {@link readWorkbookInto} with every record kept. */
export async function readDataset(
  io: CliIo,
  path: string,
  lang: Lang,
  allow: ReadAllowances = {},
): Promise<ReadResult> {
  const dataset = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as AuditDataset;
  const read = await readWorkbookInto(io, path, lang, allow, (kind, record) => {
    (dataset[kind] as object[]).push(record);
  });
  return read.ok ? { ok: true, dataset } : read;
}

/**
 * Reads a workbook through the core's `readSourceInto` (all or nothing): the
 * import reads and converts the cells, the core validates and checks across
 * records as for every input path, and each record that passed goes to
 * `sink`, to be used only if the result is ok. Every problem names file, sheet
 * and cell; every sheet passed over is named in a warning; a workbook without
 * the 单位 and 党员 sheets, or without members, is refused unless allowed.
 */
export async function readWorkbookInto(
  io: CliIo,
  path: string,
  lang: Lang,
  allow: ReadAllowances,
  sink: RecordSink,
): Promise<ReadIntoResult> {
  const file = resolve(io.cwd, path);
  const bar = progressBar(io, lang === "zh" ? "读取" : "reading");
  const source = workbookRecordSource(file, {
    onProgress: bar.update,
    requiredSheets: allow.missingSheets ? [] : REQUIRED_SHEETS,
  });
  let memberCount = 0;
  const counted: RecordSink = (kind, record, index) => {
    if (kind === "members") memberCount += 1;
    sink(kind, record, index);
  };
  let checked = false;
  let issues: ImportIssue[] = [];
  let omitted: OmittedImportIssues[] = [];
  try {
    await readSourceInto(source, counted);
    checked = true;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // The import's own issues and the core's checks across records, each at its cell.
    issues = source.issuesOf(error);
    omitted = source.omittedOf(error);
  }
  bar.end();
  for (const notice of source.notices) {
    io.stderr(`${lang === "zh" ? "提示" : "Note"}: ${bothLines(lang, notice.message)}\n`);
  }
  if (issues.length > 0 || omitted.length > 0 || !checked) {
    return { ok: false, errors: inputErrorsText(issues, omitted, lang) };
  }
  // The registers an assessment does not read (community visits, findings) are said to be left out.
  for (const [kind, count] of source.unused) {
    const sheet = INPUT_SHEETS.find((spec) => spec.key === kind)?.name ?? kind;
    io.stderr(
      `${lang === "zh" ? "提示" : "Note"}: ${bothLines(lang, {
        zh: `${path}：「${sheet}」表的 ${count} 条记录不用于本次评估`,
        en: `${path}: the ${count} record(s) of the "${sheet}" sheet play no part in this assessment`,
      })}\n`,
    );
  }
  if (memberCount === 0 && !allow.noMembers) {
    const text = {
      zh: `${path}：工作簿中没有党员记录（「党员」表为空），评估结果将全为零；确属如此请加 --allow-no-members`,
      en: `${path}: the workbook has no member (the "党员" sheet is empty), so every count would be zero; add --allow-no-members if that is so`,
    };
    return { ok: false, errors: `${bothLines(lang, text)}\n` };
  }
  return { ok: true, memberCount };
}
