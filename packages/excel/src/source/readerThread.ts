import { isMainThread, parentPort, workerData } from "node:worker_threads";
import {
  InputError,
  type InputIssue,
  type OmittedIssues,
  type SourcedRecord,
  type UnreadableRecord,
} from "@shuangbaodao/core";
import type { StreamingImportOptions } from "../import/importEventBatches";
import type { ImportIssue, ImportNotice } from "../import/importIssue";
import type { OmittedImportIssues } from "../import/importIssueList";
import { workbookRecordSource } from "./workbookRecordSource";

/** What marks a worker thread as a workbook reader in its `workerData`. */
export const READER_THREAD_ROLE = "shuangbaodao-workbook-reader";

/** Batches the reader may hand over before the reading thread has taken the first of them. */
export const BATCHES_IN_FLIGHT = 4;

/** The options a reader thread is started with: what can cross to a thread (no functions). */
export type ReaderThreadOptions = Pick<StreamingImportOptions, "fileName" | "requiredSheets" | "limits">;

/** The `workerData` of a reader thread. */
export interface ReaderThreadData {
  role: typeof READER_THREAD_ROLE;
  file: string;
  options: ReaderThreadOptions;
}

/** What the reader thread says, in order. */
export type ReaderMessage =
  | { type: "batch"; records: readonly SourcedRecord[] }
  | { type: "progress"; sheetsDone: number; sheetCount: number }
  | {
      type: "end";
      notices: readonly ImportNotice[];
      unused: [string, number][];
      unreadable: readonly UnreadableRecord[];
      omittedUnreadable: readonly OmittedIssues[];
    }
  | { type: "explained"; issues: ImportIssue[]; omitted: OmittedImportIssues[] };

/** What the reading thread asks: one more batch may come; the core's issues said by cell. */
export type ReaderCommand =
  | { type: "taken" }
  | { type: "explain"; issues: readonly InputIssue[]; omitted: readonly OmittedIssues[] };

/** Whether this thread was started as a workbook reader (by `workbookRecordReader` with a thread script). */
export function isReaderThread(): boolean {
  return !isMainThread && (workerData as Partial<ReaderThreadData> | null)?.role === READER_THREAD_ROLE;
}

/**
 * The worker thread's side of `workbookRecordReader`: reads the workbook
 * with `workbookRecordSource`, as in one thread, and posts each batch of
 * records as read — no more than {@link BATCHES_IN_FLIGHT} ahead of the
 * reading thread, so that a slower reader holds a few batches, not the
 * workbook. Then it says what the import found and stays to say the core's
 * issues by cell, until the reading thread ends it.
 */
export async function serveReaderThread(): Promise<void> {
  const port = parentPort;
  if (port === null || !isReaderThread()) throw new Error("serveReaderThread: not a workbook reader thread");
  const { file, options } = workerData as ReaderThreadData;
  const post = (message: ReaderMessage) => port.postMessage(message);
  const source = workbookRecordSource(file, {
    ...options,
    onProgress: (sheetsDone, sheetCount) => post({ type: "progress", sheetsDone, sheetCount }),
  });
  let credit = BATCHES_IN_FLIGHT;
  let creditCame: (() => void) | undefined;
  port.on("message", (command: ReaderCommand) => {
    if (command.type === "taken") {
      credit += 1;
      creditCame?.();
      return;
    }
    // The error itself cannot cross threads with its fields; its issues can, and are all it says.
    const error = new InputError(source.name, command.issues, { omitted: command.omitted, keep: Infinity });
    post({ type: "explained", issues: source.issuesOf(error), omitted: source.omittedOf(error) });
  });
  for await (const records of source.batches()) {
    while (credit === 0) await new Promise<void>((resolve) => (creditCame = resolve));
    credit -= 1;
    post({ type: "batch", records });
  }
  post({
    type: "end",
    notices: source.notices,
    unused: [...source.unused],
    unreadable: source.unreadable?.() ?? [],
    omittedUnreadable: source.omittedUnreadable?.() ?? [],
  });
}
