/** Wrong usage: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The exit codes: 0 done, 1 the input has errors (listed), 2 wrong usage. */
export const EXIT = { done: 0, inputErrors: 1, usage: 2 } as const;
