import { describe, expect, it } from "vitest";
import { importIssue } from "./importIssue";

describe("importIssue", () => {
  it("names a two-line header on one line, so a cell's message never breaks", () => {
    const issue = importIssue({
      kind: "bad-date",
      file: "in.xlsx",
      sheet: "党员",
      cell: "C5",
      column: "报到日期\nReport date",
      value: "2019-13-45",
      expected: { zh: "日期", en: "a date" },
      problem: { zh: "不是日期", en: "not a date" },
    });
    expect(issue.message.zh).toContain("单元格 C5（报到日期 Report date）");
    expect(issue.message.en).toContain("cell C5 (报到日期 Report date)");
    expect(issue.message.zh).not.toContain("\n");
    expect(issue.message.en).not.toContain("\n");
  });
});
