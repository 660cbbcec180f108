import type { Bilingual } from "../spec/bilingual";
import type { ColumnSpec } from "../spec/columnSpec";

const MAX_LISTED_OPTIONS = 20;

/** What a column expects, in words, for messages and the instructions sheet. */
export function expectedText(column: ColumnSpec): Bilingual {
  switch (column.type) {
    case "text":
      return { zh: "文字", en: "text" };
    case "date":
      return {
        zh: "日期，如 2019-10-18、2019/10/18、2019.10.18 或 2019年10月18日",
        en: "a date such as 2019-10-18, 2019/10/18, 2019.10.18 or 2019年10月18日",
      };
    case "integer":
      return { zh: "整数", en: "a whole number" };
    case "boolean":
      return {
        zh: "是 或 否（也可填 yes/no、true/false、1/0、✓）",
        en: "yes or no (是/否, true/false, 1/0, ✓)",
      };
    case "list":
      return column.itemType === "integer"
        ? { zh: "一个或多个整数，用顿号或逗号分隔", en: "one or more whole numbers separated by commas" }
        : { zh: "一项或多项，用顿号或逗号分隔", en: "one or more items separated by commas" };
    case "enum": {
      const options = (column.options ?? []).slice(0, MAX_LISTED_OPTIONS);
      return {
        zh: `下列之一：${options.map((option) => option.display ?? option.zh).join("、")}`,
        en: `one of: ${options.map((option) => `${option.value} (${option.en})`).join(", ")}`,
      };
    }
  }
}
