import type { Bilingual } from "../spec/bilingual";
import type { ColumnType } from "../spec/columnSpec";

/** The name of a column type on the instructions sheet. */
export const COLUMN_TYPE_LABEL: Record<ColumnType, Bilingual> = {
  text: { zh: "文字", en: "text" },
  date: { zh: "日期", en: "date" },
  integer: { zh: "整数", en: "whole number" },
  boolean: { zh: "是/否", en: "yes/no" },
  enum: { zh: "下拉选项", en: "choice" },
  list: { zh: "列表", en: "list" },
};
