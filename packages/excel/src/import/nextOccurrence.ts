/**
 * Where a string next occurs in a text read front to back: one `indexOf`
 * answers every question until the reader passes what it found, so asking
 * "is there an `&` before the end of this value?" for each of a million
 * values costs one search per `&`, not one per value.
 */
export class NextOccurrence {
  private found = -1;
  private text = "";

  constructor(private readonly needle: string) {}

  /** The first place at or after `from` where the needle starts, or the text's length if nowhere. `from` must not go back. */
  at(text: string, from: number): number {
    if (text !== this.text || this.found < from) {
      const at = text.indexOf(this.needle, from);
      this.found = at < 0 ? text.length : at;
      this.text = text;
    }
    return this.found;
  }
}
