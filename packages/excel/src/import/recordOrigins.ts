import { typedArrayOf } from "@shuangbaodao/core";
import type { RecordOrigin, SheetLayout } from "./sheetLayout";

/**
 * Where each record of one kind was read, by its index among the records of
 * that kind, so that the core's issues about a record (by kind and index) can
 * name its sheet and cell; the core's issue carries the value it quotes.
 * Kept compact, since it grows with every row and is read back only for an
 * issue: the rows in a typed array, the sheet once per run of records from
 * it. (At 100k members, keeping each record's ID and references beside it as
 * well was 55 MB of the read's peak; docs/performance.md.)
 */
export class RecordOrigins {
  /** The index of the first record read from each sheet in turn, and that sheet. */
  private readonly sheetStarts: number[] = [];
  private readonly sheets: SheetLayout[] = [];
  private rows = new Uint32Array(1024);
  private counted = 0;

  get count(): number {
    return this.counted;
  }

  add(origin: RecordOrigin): void {
    if (this.sheets.at(-1) !== origin.sheet) {
      this.sheetStarts.push(this.counted);
      this.sheets.push(origin.sheet);
    }
    if (this.counted === this.rows.length) {
      const grown = typedArrayOf(Uint32Array, this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[this.counted++] = origin.row;
  }

  /** The sheet records were read from, by its name; the first such sheet when no name is given. */
  sheetLayout(name?: string): SheetLayout | undefined {
    return name === undefined ? this.sheets[0] : this.sheets.find((sheet) => sheet.name === name);
  }

  /** Where the record with this index was read. */
  origin(index: number): RecordOrigin {
    // The last run of records that starts at or before the index.
    let low = 0;
    let high = this.sheetStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.sheetStarts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return { sheet: this.sheets[low] as SheetLayout, row: this.rows[index] as number };
  }
}
