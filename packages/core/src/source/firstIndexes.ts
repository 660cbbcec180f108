/**
 * The index of the record that first gave each entry of a {@link StringTable},
 * kept as the few places where the two part. Entries are numbered as they
 * come, so in a clean source a kind's entry `e` is its record `e` and
 * nothing needs keeping; each duplicate, record without an ID or record that
 * failed its schema shifts the indexes after it by one, and only that shift
 * is kept (two numbers), not an index per entry.
 */
export class FirstIndexes {
  /** The first entry of each run of entries with one shift, ascending; `#shifts` beside it. */
  readonly #fromEntries: number[] = [];
  readonly #shifts: number[] = [];

  /** Notes that `entry`, the table's newest, was first given by record `index`. */
  add(entry: number, index: number): void {
    const shift = index - entry;
    const last = this.#shifts.length - 1;
    if ((last < 0 ? 0 : this.#shifts[last]) === shift) return;
    this.#fromEntries.push(entry);
    this.#shifts.push(shift);
  }

  /** The index of the record that first gave `entry`. */
  of(entry: number): number {
    // The last run that starts at or before `entry`.
    let low = 0;
    let high = this.#fromEntries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#fromEntries[middle] as number) <= entry) low = middle + 1;
      else high = middle;
    }
    return entry + (low === 0 ? 0 : (this.#shifts[low - 1] as number));
  }
}
