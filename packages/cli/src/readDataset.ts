import { resolve } from "node:path";
import { AuditDataset, InputError, validate } from "@shuangbaodao/core";
import { importWorkbook } from "@shuangbaodao/excel";
import type { CliIo } from "./cliIo";
import type { Lang } from "./lang";
import { progressBar } from "./progressBar";

/** A workbook's records, or the full list of what is wrong with it. */
export type ReadResult = { ok: true; dataset: AuditDataset } | { ok: false; errors: string };

/**
 * Imports a workbook (all or nothing) and validates the records as one audit
 * dataset. Every problem names file, sheet and cell, or the field path.
 */
export async function readDataset(io: CliIo, path: string, lang: Lang): Promise<ReadResult> {
  const file = resolve(io.cwd, path);
  const bar = progressBar(io, lang === "zh" ? "读取" : "reading");
  const imported = await importWorkbook(file, { onProgress: bar.update });
  bar.end();
  if (!imported.ok) {
    // Each problem in both languages, the one asked for first: the office and whoever it forwards the file to.
    const other = lang === "zh" ? "en" : "zh";
    const errors = imported.issues
      .map((issue) => `${issue.message[lang]}\n  ${issue.message[other]}`)
      .join("\n");
    return { ok: false, errors: `${errors}\n` };
  }
  try {
    return { ok: true, dataset: validate(AuditDataset, imported.records, path) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, errors: `${error.message}\n` };
    throw error;
  }
}
