import { getField } from "./setField";
import type { RecordOrigin, SheetLayout } from "./sheetLayout";

/**
 * What the checks across records keep of the records of one kind: where each
 * was read and the few text fields the checks compare (ID, unique fields,
 * references), not the records themselves, so that a streaming import's
 * memory grows by a few short strings per row, not by its records.
 */
export class RecordKeys {
  private readonly sheets: SheetLayout[] = [];
  private readonly rows: number[] = [];
  private readonly values = new Map<string, (string | undefined)[]>();

  constructor(fields: Iterable<string>) {
    for (const field of fields) this.values.set(field, []);
  }

  get count(): number {
    return this.rows.length;
  }

  add(record: unknown, origin: RecordOrigin): void {
    this.sheets.push(origin.sheet);
    this.rows.push(origin.row);
    for (const [field, values] of this.values) {
      const value = getField(record, field);
      values.push(typeof value === "string" ? value : undefined);
    }
  }

  /** Where the record with this index was read. */
  origin(index: number): RecordOrigin {
    return { sheet: this.sheets[index] as SheetLayout, row: this.rows[index] as number };
  }

  /** A kept field's value when it is text. */
  value(index: number, field: string): string | undefined {
    const values = this.values.get(field);
    if (values === undefined) throw new Error(`the field ${field} is not kept for the checks`);
    return values[index];
  }
}
