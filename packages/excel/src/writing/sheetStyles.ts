import type ExcelJS from "exceljs";

const THIN = { style: "thin" as const, color: { argb: "FFB0B0B0" } };

/** The borders of a table cell. */
export const TABLE_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A solid fill of one colour. */
export function solidFill(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** The look of a header cell: bold on light grey, wrapped, centred. */
export function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.fill = solidFill("FFE7E6E6");
  cell.border = TABLE_BORDER;
  cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
}

/** The look of a sheet title. */
export function styleTitleCell(cell: ExcelJS.Cell): void {
  cell.font = { bold: true, size: 14 };
  cell.alignment = { vertical: "middle", horizontal: "left" };
}
