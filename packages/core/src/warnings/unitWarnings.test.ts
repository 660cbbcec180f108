import { describe, expect, it } from "vitest";
import { getEdition } from "../editions/registry";
import { assessUnitYear } from "../unit/assessUnitYear";
import { exemplaryUnit2019, volunteer } from "../unit/testing/unitRecordsBuilder";
import { earlyWarnings } from "./earlyWarnings";

const CITY = getEdition("zhengzhou-2019");

describe("early warnings for the unit programme", () => {
  // ZZ47-GJ 三.3 "每月至少组织一次社区志愿服务活动", with November's not held yet on 11-20.
  const withoutNovember = exemplaryUnit2019({
    activities: exemplaryUnit2019().activities.filter(
      (a) => !(a.kind === "volunteer-service" && a.date.startsWith("2019-11")),
    ),
  });

  it("warns about the month's volunteer service still to hold, and counts the days to month end", () => {
    const asOf = "2019-11-20";
    const { verdicts } = assessUnitYear(withoutNovember, CITY, { year: 2019, asOf });
    const warning = earlyWarnings(verdicts, CITY, { asOf }).ahead.find(
      (w) => w.ruleId === "U-VOLUNTEER-MONTH" && w.period === "2019-11",
    );
    expect(warning).toMatchObject({
      due: "2019-11-30",
      daysLeft: 10,
      severity: "warning",
      subject: { kind: "unit", id: "u1" },
    });
  });

  it("the warning disappears once the service is on record, and a missed month lands on the overdue list", () => {
    const asOf = "2019-11-20";
    const held = exemplaryUnit2019({ activities: [...withoutNovember.activities, volunteer("2019-11-18")] });
    const ahead = earlyWarnings(assessUnitYear(held, CITY, { year: 2019, asOf }).verdicts, CITY, {
      asOf,
    }).ahead;
    expect(ahead.some((w) => w.ruleId === "U-VOLUNTEER-MONTH" && w.period === "2019-11")).toBe(false);
    // December's service (2019-12-14) is after the as-of date, so December is still ahead.
    expect(ahead.find((w) => w.ruleId === "U-VOLUNTEER-MONTH")).toMatchObject({
      period: "2019-12",
      daysLeft: 41,
    });

    const later = "2019-12-05";
    const { overdue } = earlyWarnings(
      assessUnitYear(withoutNovember, CITY, { year: 2019, asOf: later }).verdicts,
      CITY,
      {
        asOf: later,
        overdueSince: "2019-11-20",
      },
    );
    expect(overdue.map((o) => [o.ruleId, o.period, o.daysOverdue])).toContainEqual([
      "U-VOLUNTEER-MONTH",
      "2019-11",
      5,
    ]);
  });
});
