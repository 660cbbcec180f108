import { cellReference } from "../cells/a1";
import type { ColumnSpec, SheetSpec } from "../spec/columnSpec";

/** Where a column of the spec was found in a sheet. */
export interface FoundColumn {
  spec: ColumnSpec;
  /** 1-based column number in the sheet. */
  column: number;
  /** The header as written in the sheet. */
  header: string;
}

/** One imported sheet: its name, the spec it was read with and where each column is. */
export class SheetLayout {
  private readonly byField = new Map<string, FoundColumn>();

  constructor(
    readonly name: string,
    readonly spec: SheetSpec,
    readonly headerRow: number,
    readonly columns: readonly FoundColumn[],
  ) {
    for (const found of columns) this.byField.set(found.spec.field, found);
  }

  /** The column a field was read from, if the sheet has it. */
  columnOf(field: string): FoundColumn | undefined {
    return this.byField.get(field);
  }

  /** The A1 reference of a field's cell in a row; the row's first cell when the sheet lacks the column. */
  cellOf(field: string, row: number): string {
    return cellReference(this.byField.get(field)?.column ?? this.columns[0]?.column ?? 1, row);
  }
}

/** Where an imported record came from. */
export interface RecordOrigin {
  sheet: SheetLayout;
  row: number;
}
