/**
 * An error of the database adapter, said in Chinese and in English, with the
 * place it concerns (a file and line, a sheet and row, a table) when it has one.
 * `exitCode` follows the CLI: 1 for bad input or a refused state the user can
 * fix, 2 for a fault of the database or the program.
 */
export class DatabaseError extends Error {
  readonly zh: string;
  readonly en: string;
  readonly exitCode: 1 | 2;

  constructor(zh: string, en: string, options: { exitCode?: 1 | 2; cause?: unknown } = {}) {
    super(`${zh} / ${en}`, { cause: options.cause });
    this.name = "DatabaseError";
    this.zh = zh;
    this.en = en;
    this.exitCode = options.exitCode ?? 1;
  }
}
