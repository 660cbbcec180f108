import type { VerdictStatus } from "@shuangbaodao/core";
import type ExcelJS from "exceljs";
import type { Bilingual } from "../spec/bilingual";
import type { CellLook } from "../writing/cellStyleIds";
import { solidFill, TABLE_BORDER } from "../writing/sheetStyles";

interface StatusLook {
  label: Bilingual;
  fill: string;
  font: string;
}

/** How each verdict status looks: met green, unmet red, pending amber, not applicable grey. */
export const STATUS_LOOK: Record<VerdictStatus, StatusLook> = {
  met: { label: { zh: "达标", en: "met" }, fill: "FFC6EFCE", font: "FF006100" },
  unmet: { label: { zh: "未达标", en: "unmet" }, fill: "FFFFC7CE", font: "FF9C0006" },
  pending: { label: { zh: "待定", en: "pending" }, fill: "FFFFEB9C", font: "FF9C5700" },
  "not-applicable": { label: { zh: "不适用", en: "n/a" }, fill: "FFD9D9D9", font: "FF595959" },
};

/** The look of a status cell, one object per status (so that a table's style lookups hit). */
const STATUS_CELL_LOOK = Object.fromEntries(
  (Object.keys(STATUS_LOOK) as VerdictStatus[]).map((status) => {
    const look = STATUS_LOOK[status];
    const cellLook: CellLook = {
      fill: solidFill(look.fill),
      font: { color: { argb: look.font } },
      border: TABLE_BORDER,
      alignment: { horizontal: "center", vertical: "middle" },
    };
    return [status, cellLook];
  }),
) as Record<VerdictStatus, CellLook>;

/** A status as the text of a cell: `达标 met`. */
export function statusText(status: VerdictStatus): string {
  const { label } = STATUS_LOOK[status];
  return `${label.zh} ${label.en}`;
}

/** The look of a cell coloured by status. */
export function statusCellLook(status: VerdictStatus): CellLook {
  return STATUS_CELL_LOOK[status];
}

/** Colours a cell by status. */
export function styleStatusCell(cell: ExcelJS.Cell, status: VerdictStatus): void {
  Object.assign(cell.style, STATUS_CELL_LOOK[status]);
}
