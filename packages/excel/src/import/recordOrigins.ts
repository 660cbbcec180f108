import { REFERENCES, type RecordKind, UNIQUE_FIELDS } from "@shuangbaodao/core";
import { getFieldAt } from "./setField";
import type { RecordOrigin, SheetLayout } from "./sheetLayout";
import { TextList } from "./textList";

/**
 * The fields of a kind kept to say a core issue in the workbook's words: its
 * ID, unique fields and references (core's own table of them), so that an
 * issue can quote the value it is about.
 */
export function keptFields(kind: string): Set<string> {
  const key = kind as RecordKind;
  return new Set([
    "id",
    ...(UNIQUE_FIELDS[key] ?? []),
    ...(REFERENCES[key] ?? []).map((reference) => reference.field),
  ]);
}

/**
 * What an import keeps of the records of one kind: where each
 * was read and the few text fields the core's checks across records compare
 * (ID, unique fields, references), not the records themselves, so that the
 * core's issues about a record (by kind and index) can name its cell and
 * value. Kept compact, since it grows with every row and is read back only
 * for an issue: the texts in `TextList`s, the rows in a typed array, the
 * sheet once per run of records from it (at 100k members the strings and
 * arrays were 130 MB of the read's live heap; docs/performance.md).
 */
export class RecordKeys {
  /** The index of the first record read from each sheet in turn, and that sheet. */
  private readonly sheetStarts: number[] = [];
  private readonly sheets: SheetLayout[] = [];
  private rows = new Uint32Array(1024);
  private counted = 0;
  private readonly values = new Map<string, TextList>();
  /** Each kept field's path, split once, beside where its values go. */
  private readonly paths: { parts: readonly string[]; values: TextList }[] = [];

  constructor(fields: Iterable<string>) {
    for (const field of fields) {
      const values = new TextList();
      this.values.set(field, values);
      this.paths.push({ parts: field.split("."), values });
    }
  }

  get count(): number {
    return this.counted;
  }

  add(record: unknown, origin: RecordOrigin): void {
    if (this.sheets.at(-1) !== origin.sheet) {
      this.sheetStarts.push(this.counted);
      this.sheets.push(origin.sheet);
    }
    if (this.counted === this.rows.length) {
      const grown = new Uint32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[this.counted++] = origin.row;
    for (const { parts, values } of this.paths) {
      const value = getFieldAt(record, parts);
      values.push(typeof value === "string" ? value : undefined);
    }
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

  /** A kept field's value when it is text; undefined for a field not kept (an item of a list). */
  value(index: number, field: string): string | undefined {
    return this.values.get(field)?.get(index);
  }
}
