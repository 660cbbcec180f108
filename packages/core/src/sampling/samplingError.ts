/** Why a draw refused its input. */
export type SamplingErrorCode =
  | "invalid-id"
  | "duplicate-id"
  | "invalid-seed"
  | "invalid-date"
  | "date-outside-year"
  | "missing-branch"
  | "invalid-district"
  | "invalid-rate"
  | "invalid-input";

/**
 * Thrown when a draw's input cannot give a well-defined sample (an ID that is
 * not canonical, the same ID twice, a seed with control characters, …). A
 * draw never guesses: two people holding the same data must get the same
 * sample, so anything ambiguous is refused.
 */
export class SamplingInputError extends Error {
  readonly code: SamplingErrorCode;

  constructor(code: SamplingErrorCode, message: string) {
    super(message);
    this.name = "SamplingInputError";
    this.code = code;
  }
}
