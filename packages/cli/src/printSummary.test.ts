import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditSummary, NamedSubject } from "./auditSummary";
import { CONSOLE_LIST_LIMIT, formatSummary, triggerText } from "./printSummary";

const subject = (i: number): NamedSubject => ({
  id: `m${String(i).padStart(6, "0")}`,
  name: `党员${i}`,
  triggers: ["M-REPORT:missing"],
  status: "unmet",
});

function summaryWith(barred: number, pendingUnits: number): AuditSummary {
  return {
    edition: { id: "zhengzhou-2019", version: "1.0.0" },
    year: 2019,
    asOf: null,
    members: {
      total: barred,
      inScope: barred,
      reportedOnTime: 0,
      reportedLate: 0,
      notYetReported: barred,
      notExcellent: { barred, provisional: 0, byTrigger: { "M-REPORT:missing": barred } },
      barredCandidates: Array.from({ length: barred }, (_, i) => subject(i)),
      provisionalCandidates: [],
    },
    units: {
      total: pendingUnits,
      supervision: [],
      supervisionPending: Array.from({ length: pendingUnits }, (_, i) => ({
        ...subject(i),
        id: `u${i}`,
        status: "pending",
      })),
      awardBar: [],
      awardBarPending: [],
      missedPeriods: [],
    },
    statisticsDeadlines: [],
    warnings: null,
    spotChecks: [],
  };
}

/** The lines under a heading, up to the next line that is not indented. */
function listUnder(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const rest = lines.slice(lines.findIndex((line) => line.startsWith(heading)) + 1);
  const end = rest.findIndex((line) => !line.startsWith("  "));
  return rest.slice(0, end < 0 ? rest.length : end);
}

describe("formatSummary", () => {
  it("a city's run: 37,700 barred candidates are counted, twenty listed, and the rest pointed to (seen at 100k members)", () => {
    const text = formatSummary(summaryWith(37_700, 1000), "zh");
    const barred = listUnder(text, "取消考察资格的组织考察对象");
    expect(barred).toHaveLength(CONSOLE_LIST_LIMIT + 1);
    expect(barred[0]).toBe("  m000000 党员0: 到居住地社区党组织报到：缺失（M-REPORT:missing）");
    expect(barred.at(-1)).toBe(
      "  ……共 37,700 项，另有 37,680 项未在此列出；--json 的输出和报告（--out）列出全部",
    );
    expect(text).toContain("不能评为“优秀”：37700 人");
    expect(listUnder(text, "督办单待定").at(-1)).toBe(
      "  ……共 1,000 项，另有 980 项未在此列出；--json 的输出和报告（--out）列出全部",
    );
    // Was 7.7 MB of text at 100k members.
    expect(text.length).toBeLessThan(20_000);
    const english = formatSummary(summaryWith(37_700, 0), "en");
    expect(listUnder(english, "Cadre candidates barred").at(-1)).toBe(
      "  … 37,700 in all, 37,680 more not listed here; the --json output and the report (--out) list them all",
    );
  });

  it("lists every subject, and says nothing more, when there are few", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * CONSOLE_LIST_LIMIT }), (count) => {
        const lines = listUnder(formatSummary(summaryWith(count, 0), "en"), "Cadre candidates barred");
        const more = lines.filter((line) => line.includes("more not listed"));
        if (count === 0) expect(lines).toEqual(["  none"]);
        else expect(lines).toHaveLength(Math.min(count, CONSOLE_LIST_LIMIT) + more.length);
        expect(more).toHaveLength(count > CONSOLE_LIST_LIMIT ? 1 : 0);
        if (count > CONSOLE_LIST_LIMIT)
          expect(more[0]).toContain(`${count} in all, ${count - CONSOLE_LIST_LIMIT} more`);
      }),
    );
  });

  it("says a period that fell short by its rule's title first, the rule ID in brackets", () => {
    // Regression: the 未达到频次要求的周期 lines printed bare IDs (`u-cdc 2019-11 U-VOLUNTEER-MONTH`).
    const summary = summaryWith(0, 0);
    summary.units.missedPeriods = [{ unitId: "u-cdc", ruleId: "U-VOLUNTEER-MONTH", period: "2019-11" }];
    expect(listUnder(formatSummary(summary, "zh"), "未达到频次要求的周期")).toEqual([
      "  u-cdc 2019-11 每月至少组织一次社区志愿服务活动（U-VOLUNTEER-MONTH）",
    ]);
    expect(triggerText("U-VOLUNTEER-MONTH", "en")).toMatch(/^[A-Za-z].* \(U-VOLUNTEER-MONTH\)$/);
    expect(triggerText("M-REPORT:late", "zh")).toBe("到居住地社区党组织报到：逾期（M-REPORT:late）");
    expect(triggerText("not-a-code", "zh")).toBe("not-a-code");
  });
});
