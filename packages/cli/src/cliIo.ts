/** Where the CLI writes, so tests can capture it and a pipe gets no progress bar. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: show progress. */
  interactive: boolean;
  /** Working directory for relative paths. */
  cwd: string;
  /**
   * A script that serves a workbook reader thread (the CLI's own main
   * module): a workbook is then unzipped and scanned in a second thread.
   * Without it (tests of `run`), everything runs in this one.
   */
  readerThread?: URL;
}

/** The process's own streams, and the script a workbook reader thread runs. */
export function processIo(readerThread?: URL): CliIo {
  return {
    ...(readerThread && { readerThread }),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
