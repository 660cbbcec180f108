import { basename, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { InputError, OmittedIssues, RecordSource, UnreadableRecord } from "@shuangbaodao/core";
import type { StreamingImportOptions } from "../import/importEventBatches";
import type { ImportIssue, ImportNotice } from "../import/importIssue";
import type { OmittedImportIssues } from "../import/importIssueList";
import {
  READER_THREAD_ROLE,
  type ReaderCommand,
  type ReaderMessage,
  type ReaderThreadData,
} from "./readerThread";
import { workbookRecordSource } from "./workbookRecordSource";

/** Every problem of a refused workbook in its own words: the listed ones, and the rest counted. */
export interface WorkbookProblems {
  issues: ImportIssue[];
  omitted: OmittedImportIssues[];
}

/**
 * An input workbook's records as a `RecordSource`, read in this thread or
 * in a worker thread of its own: the same records, in the same batches and
 * order, and the same problems either way. What the import found by itself
 * (`notices`, `unused`, `unreadable()`) is complete once `batches()` is
 * drained; `problemsOf` says the core's `InputError` by sheet and cell, as
 * `WorkbookRecordSource.issuesOf` and `omittedOf` do. `close` ends the thread.
 */
export interface WorkbookRecordReader extends RecordSource {
  readonly notices: readonly ImportNotice[];
  readonly unused: ReadonlyMap<string, number>;
  problemsOf(error: InputError): Promise<WorkbookProblems>;
  close(): Promise<void>;
}

export interface WorkbookReaderOptions
  extends Pick<StreamingImportOptions, "fileName" | "requiredSheets" | "limits"> {
  /** Called as each sheet is done: sheets read so far and the workbook's sheet count. */
  onProgress?: (sheetsDone: number, sheetCount: number) => void;
  /**
   * A script that runs `serveReaderThread()` when `isReaderThread()` (a
   * CLI's own main module, say): the workbook is then unzipped, scanned and
   * its cells converted in a thread of that script, while this thread
   * validates and checks what it hands over. Without it, all in this thread.
   */
  thread?: URL;
}

/** Reads the workbook at `file`, in a worker thread if `options.thread` names its script (see {@link WorkbookRecordReader}). */
export function workbookRecordReader(
  file: string,
  options: WorkbookReaderOptions = {},
): WorkbookRecordReader {
  const { thread, ...rest } = options;
  return thread === undefined ? inThisThread(file, rest) : inReaderThread(file, rest, thread);
}

function inThisThread(file: string, options: Omit<WorkbookReaderOptions, "thread">): WorkbookRecordReader {
  const source = workbookRecordSource(file, options);
  return {
    name: source.name,
    notices: source.notices,
    unused: source.unused,
    batches: () => source.batches(),
    unreadable: () => source.unreadable?.() ?? [],
    omittedUnreadable: () => source.omittedUnreadable?.() ?? [],
    problemsOf: async (error) => ({ issues: source.issuesOf(error), omitted: source.omittedOf(error) }),
    close: async () => {},
  };
}

function inReaderThread(
  file: string,
  { onProgress, ...options }: Omit<WorkbookReaderOptions, "thread">,
  script: URL,
): WorkbookRecordReader {
  const name = options.fileName ?? basename(file);
  const data: ReaderThreadData = {
    role: READER_THREAD_ROLE,
    file: resolve(file),
    options: { ...options, fileName: name },
  };
  const worker = new Worker(script, {
    workerData: data,
    ...(process.env.SBD_YOUNG && {
      resourceLimits: { maxYoungGenerationSizeMb: Number(process.env.SBD_YOUNG) },
    }),
  });
  const inbox: ReaderMessage[] = [];
  let failure: Error | undefined;
  let exited = false;
  let arrived: (() => void) | undefined;
  const wake = () => {
    arrived?.();
    arrived = undefined;
  };
  worker.on("message", (message: ReaderMessage) => {
    if (message.type === "progress") onProgress?.(message.sheetsDone, message.sheetCount);
    else inbox.push(message);
    wake();
  });
  worker.on("error", (error) => {
    failure = error;
    wake();
  });
  worker.on("exit", () => {
    exited = true;
    wake();
  });
  const command = (message: ReaderCommand) => worker.postMessage(message);
  async function next(): Promise<ReaderMessage> {
    for (;;) {
      const message = inbox.shift();
      if (message !== undefined) return message;
      if (failure !== undefined) throw failure;
      if (exited) throw new Error(`${name}: the workbook reader thread stopped before it was done`);
      await new Promise<void>((resolve) => (arrived = resolve));
    }
  }

  const notices: ImportNotice[] = [];
  const unused = new Map<string, number>();
  let unreadable: readonly UnreadableRecord[] = [];
  let omittedUnreadable: readonly OmittedIssues[] = [];
  return {
    name,
    notices,
    unused,
    async *batches() {
      for (;;) {
        const message = await next();
        if (message.type === "batch") {
          command({ type: "taken" });
          yield message.records;
        } else if (message.type === "end") {
          notices.push(...message.notices);
          for (const [kind, count] of message.unused) unused.set(kind, count);
          unreadable = message.unreadable;
          omittedUnreadable = message.omittedUnreadable;
          return;
        }
      }
    },
    unreadable: () => unreadable,
    omittedUnreadable: () => omittedUnreadable,
    async problemsOf(error) {
      command({ type: "explain", issues: error.issues, omitted: error.omitted });
      const message = await next();
      if (message.type !== "explained")
        throw new Error(`${name}: the reader thread answered ${message.type}`);
      return { issues: message.issues, omitted: message.omitted };
    },
    async close() {
      await worker.terminate();
    },
  };
}
