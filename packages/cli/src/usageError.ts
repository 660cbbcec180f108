/** Wrong usage: the CLI prints the message (in the chosen language) and the usage, and exits with 2. */
export class UsageError extends Error {
  readonly text: { zh: string; en: string };

  constructor(text: { zh: string; en: string }) {
    super(text.en);
    this.name = "UsageError";
    this.text = text;
  }
}

/** The exit codes: 0 done, 1 the input has errors (listed), 2 wrong usage. */
export const EXIT = { done: 0, inputErrors: 1, usage: 2 } as const;
