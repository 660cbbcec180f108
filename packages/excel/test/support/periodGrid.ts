import type { StatusGrid } from "../../src/report/statusGridSheet";

/** The report's 周期 grid without its periods and rows: its sheet name, title and label headers. */
export const PERIOD_GRID_FRAME = {
  sheetName: "周期",
  title: { zh: "单位按周期完成情况", en: "Units by period" },
  rowHeaders: [
    { zh: "单位", en: "Unit" },
    { zh: "规则", en: "Rule" },
  ],
} as const satisfies Omit<StatusGrid, "columns" | "rows">;
