import type { Lang } from "./lang";

/** The exit codes: 0 done, 1 the input or a file has errors (listed), 2 wrong usage. */
export const EXIT = { done: 0, inputErrors: 1, usage: 2 } as const;

/** A sentence in both languages. */
export interface BilingualText {
  zh: string;
  en: string;
}

/**
 * A failure the CLI explains in both languages and exits on, without a stack
 * trace: the only way a command ends other than done.
 */
export class CliError extends Error {
  constructor(
    readonly text: BilingualText,
    readonly exitCode: (typeof EXIT)[keyof typeof EXIT],
  ) {
    super(text.en);
    this.name = "CliError";
  }
}

/** A file the CLI reads or writes is missing, unreadable, not what it should be, or would be overwritten: exit 1. */
export class FileProblem extends CliError {
  constructor(text: BilingualText) {
    super(text, EXIT.inputErrors);
    this.name = "FileProblem";
  }
}

/** Both languages, the one asked for first: an office reading Chinese and a tool or colleague reading English. */
export function bothLanguages(lang: Lang, text: BilingualText): string {
  const zh = `错误：${text.zh}`;
  const en = `Error: ${text.en}`;
  return lang === "zh" ? `${zh}\n${en}\n` : `${en}\n${zh}\n`;
}
