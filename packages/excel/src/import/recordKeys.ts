import { REFERENCES, type RecordKind, UNIQUE_FIELDS } from "@shuangbaodao/core";
import { getFieldAt } from "./setField";
import type { RecordOrigin, SheetLayout } from "./sheetLayout";

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
 * value: a streaming import's memory grows by a few short strings per row,
 * not by its records.
 */
export class RecordKeys {
  private readonly sheets: SheetLayout[] = [];
  private readonly rows: number[] = [];
  private readonly values = new Map<string, (string | undefined)[]>();
  /** Each kept field's path, split once, beside where its values go. */
  private readonly paths: { parts: readonly string[]; values: (string | undefined)[] }[] = [];

  constructor(fields: Iterable<string>) {
    for (const field of fields) {
      const values: (string | undefined)[] = [];
      this.values.set(field, values);
      this.paths.push({ parts: field.split("."), values });
    }
  }

  get count(): number {
    return this.rows.length;
  }

  add(record: unknown, origin: RecordOrigin): void {
    this.sheets.push(origin.sheet);
    this.rows.push(origin.row);
    for (const { parts, values } of this.paths) {
      const value = getFieldAt(record, parts);
      values.push(typeof value === "string" ? value : undefined);
    }
  }

  /** Where the record with this index was read. */
  origin(index: number): RecordOrigin {
    return { sheet: this.sheets[index] as SheetLayout, row: this.rows[index] as number };
  }

  /** A kept field's value when it is text; undefined for a field not kept (an item of a list). */
  value(index: number, field: string): string | undefined {
    return this.values.get(field)?.[index];
  }
}
