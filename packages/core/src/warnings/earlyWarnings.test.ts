import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDayNumber } from "../calendar/dayNumber";
import { assessMember } from "../member/assessMember";
import {
  assessOptionsArbitrary,
  dateIn2019And2020,
  memberRecordsArbitrary,
} from "../member/testing/memberArbitraries";
import { memberRecords, reportOn, serviceOn } from "../member/testing/memberRecordsBuilder";
import { HEALTH_COMMISSION } from "../member/testing/verdictOf";
import type { MemberRecords } from "../model/memberRecords";
import { earlyWarnings } from "./earlyWarnings";

const warn = (records: MemberRecords, asOf: string, overdueSince?: string) =>
  earlyWarnings(assessMember(records, HEALTH_COMMISSION, { year: 2019, asOf }).verdicts, HEALTH_COMMISSION, {
    asOf,
    ...(overdueSince && { overdueSince }),
  });

describe("early warnings (预警提醒) and the overdue list (纠偏)", () => {
  it("warns before the report deadline, more urgently as it nears", () => {
    const none = memberRecords();
    const early = warn(none, "2019-10-01").ahead.find((w) => w.ruleId === "M-REPORT");
    expect(early).toMatchObject({
      due: "2019-10-25",
      daysLeft: 24,
      severity: "warning",
      citations: [{ text: "ZZ47-BD 二(一)" }, { text: "ZWJ31" }],
    });
    expect(early?.needed.zh).toContain("2019-10-25 前到金水区丰庆路社区报到");
    expect(warn(none, "2019-10-20").ahead.find((w) => w.ruleId === "M-REPORT")).toMatchObject({
      daysLeft: 5,
      severity: "urgent",
    });
    expect(warn(none, "2019-10-25").ahead.find((w) => w.ruleId === "M-REPORT")).toMatchObject({
      daysLeft: 0,
      severity: "urgent",
    });
  });

  it("counts down to year end for the services still needed", () => {
    const one = memberRecords({ reports: [reportOn("2019-10-20")], services: [serviceOn("2019-10-12")] });
    const warning = warn(one, "2019-11-15").ahead.find((w) => w.ruleId === "M-SERVICE-YEAR");
    expect(warning).toMatchObject({ due: "2019-12-31", daysLeft: 46, severity: "notice" });
    expect(warning?.needed.en).toBe("1 more service(s) in 金水区丰庆路社区 by 2019-12-31");
  });

  it("a warning disappears as soon as the records meet the obligation", () => {
    const done = memberRecords({
      reports: [reportOn("2019-10-20")],
      services: [serviceOn("2019-10-12"), serviceOn("2019-11-01")],
    });
    const ahead = warn(done, "2019-11-15").ahead.map((w) => w.ruleId);
    expect(ahead).not.toContain("M-REPORT");
    expect(ahead).not.toContain("M-SERVICE-YEAR");
  });

  it("lists what became overdue since a day, not what was merely done late", () => {
    const overdue = warn(memberRecords(), "2019-11-05", "2019-10-20").overdue;
    expect(overdue.map((o) => [o.ruleId, o.due, o.daysOverdue, o.reason])).toEqual([
      ["M-REPORT", "2019-10-25", 11, "overdue"],
    ]);
    expect(warn(memberRecords(), "2019-11-05", "2019-10-26").overdue).toEqual([]);
    expect(
      warn(memberRecords({ reports: [reportOn("2019-10-28")] }), "2019-11-05", "2019-10-20").overdue,
    ).toEqual([]);
  });

  it("never shows an obligation as still ahead once the as-of date is past its deadline", () => {
    fc.assert(
      fc.property(
        memberRecordsArbitrary,
        assessOptionsArbitrary,
        dateIn2019And2020,
        (records, { year }, asOf) => {
          const verdicts = assessMember(records, HEALTH_COMMISSION, { year, asOf }).verdicts;
          const { ahead, overdue } = earlyWarnings(verdicts, HEALTH_COMMISSION, { asOf });
          for (const warning of ahead) {
            expect(toDayNumber(warning.due)).toBeGreaterThanOrEqual(toDayNumber(asOf));
            const verdict = verdicts.find((v) => v.ruleId === warning.ruleId);
            expect(verdict?.status).not.toBe("met");
          }
          for (const item of overdue) expect(toDayNumber(item.due)).toBeLessThan(toDayNumber(asOf));
          const keys = new Set(ahead.map((w) => w.ruleId));
          for (const item of overdue) expect(keys.has(item.ruleId)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
