/**
 * An error of the database adapter, said in Chinese and in English, with the
 * place it concerns (a file and line, a sheet and row, a table) when it has one.
 * `fault` tells a fault of the database or the program (a connection lost, a
 * statement failed) from input or a state the user can fix (a refused import,
 * a schema to migrate). The CLI exits 1 for both, as for every refused input
 * (2 is its wrong usage only); an HTTP server answers a fault as not ready.
 */
export class DatabaseError extends Error {
  readonly zh: string;
  readonly en: string;
  readonly fault: boolean;

  constructor(zh: string, en: string, options: { fault?: boolean; cause?: unknown } = {}) {
    super(`${zh} / ${en}`, { cause: options.cause });
    this.name = "DatabaseError";
    this.zh = zh;
    this.en = en;
    this.fault = options.fault ?? false;
  }

  /**
   * @deprecated Read `fault`. 2 for a fault, 1 otherwise; not the CLI's exit
   * code, which is 1 for both.
   */
  get exitCode(): 1 | 2 {
    return this.fault ? 2 : 1;
  }
}
