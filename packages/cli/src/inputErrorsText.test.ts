import type { ImportIssue } from "@shuangbaodao/excel";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ISSUES_LISTED, inputErrorsText } from "./inputErrorsText";

function badDate(row: number, sheet = "志愿服务", letters = "C"): ImportIssue {
  return {
    kind: "invalid-value",
    file: "bad.xlsx",
    sheet,
    cell: `${letters}${row}`,
    column: "服务日期 *\nService date",
    value: "xx",
    expected: { zh: "日期", en: "a date" },
    problem: { zh: "不是有效日期", en: "not a valid date" },
    message: { zh: `单元格 ${letters}${row}：不是有效日期`, en: `cell ${letters}${row}: not a valid date` },
  };
}

describe("inputErrorsText", () => {
  it("a date column wrong in every row: the first hundred problems, then the count by sheet and column (seen: 478,200 rows, 193 MB of text)", () => {
    const issues = Array.from({ length: 478_200 }, (_, i) => badDate(i + 3));
    issues.push(badDate(5, "党员", "B"));
    const text = inputErrorsText(issues, [], "zh");
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(2 * ISSUES_LISTED + 2);
    expect(lines[0]).toBe("单元格 C3：不是有效日期");
    expect(lines[1]).toBe("  cell C3: not a valid date");
    expect(lines.at(-2)).toBe(
      "……共 478,201 个问题，以上列出前 100 个。按位置：「志愿服务」表 C 列（服务日期 * Service date） 478,200 个；「党员」表 B 列（服务日期 * Service date） 1 个",
    );
    expect(lines.at(-1)).toBe(
      '  … 478,201 problems in all, the first 100 listed above. By place: sheet "志愿服务", column C (服务日期 * Service date): 478,200; sheet "党员", column B (服务日期 * Service date): 1',
    );
  });

  it("lists every problem, with no count, when there are a hundred or fewer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * ISSUES_LISTED }), (count) => {
        const issues = Array.from({ length: count }, (_, i) => badDate(i + 3));
        const lines = inputErrorsText(issues, [], "en").trimEnd().split("\n").filter(Boolean);
        const summary = lines.filter((line) => line.includes("problems in all"));
        expect(summary).toHaveLength(count > ISSUES_LISTED ? 1 : 0);
        expect(lines.length).toBe(2 * Math.min(count, ISSUES_LISTED) + 2 * summary.length);
        if (count > ISSUES_LISTED) expect(summary[0]).toContain(`${count} problems in all`);
      }),
    );
  });

  it("counts the problems the import kept no more of with those it listed, at the same places", () => {
    // What the import and the core now hand over past their first thousand: counts by sheet and column.
    const issues = Array.from({ length: 1_000 }, (_, i) => badDate(i + 3));
    const omitted = [
      {
        kind: "invalid-value" as const,
        sheet: "志愿服务",
        columnLetters: "C",
        column: "服务日期 *\nService date",
        count: 477_200,
      },
      { kind: "unknown-reference" as const, sheet: "党员", columnLetters: "C", column: "单位编号", count: 3 },
    ];
    const lines = inputErrorsText(issues, omitted, "zh").trimEnd().split("\n");
    expect(lines).toHaveLength(2 * ISSUES_LISTED + 2);
    expect(lines.at(-2)).toBe(
      "……共 478,203 个问题，以上列出前 100 个。按位置：「志愿服务」表 C 列（服务日期 * Service date） 478,200 个；「党员」表 C 列（单位编号） 3 个",
    );
  });

  it("names ten places at most, the rest as elsewhere", () => {
    const issues = Array.from({ length: 15 }, (_, sheet) =>
      Array.from({ length: 10 + sheet }, (_, i) => badDate(i + 3, `表${sheet}`)),
    ).flat();
    const text = inputErrorsText(issues, [], "en");
    expect(text).toContain('By place: sheet "表14", column C (服务日期 * Service date): 24;');
    expect(text).toContain("; elsewhere: 60\n");
    expect(text).toMatch(/；其他位置 60 个\n$/);
  });
});
