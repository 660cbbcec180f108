import { type BilingualText, CliError, EXIT } from "./cliError";

export { EXIT } from "./cliError";

/** Wrong usage: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends CliError {
  constructor(text: BilingualText) {
    super(text, EXIT.usage);
    this.name = "UsageError";
  }
}
