import { describe, expect, it } from "vitest";
import { HOME, memberRecords, OTHER, reportOn } from "../testing/memberRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

// ZZ47-BD 二(一): "首次报到后，居住地发生变化的……在变化后一个月内到新的居住地社区党组织报到".
function movedOn(moveDate: string, reReportDate?: string, firstReport = "2019-10-20") {
  return memberRecords({
    residences: [
      { id: "r1", memberId: "m1", ...HOME, from: "2015-01-01" },
      { id: "r2", memberId: "m1", ...OTHER, from: moveDate },
    ],
    reports: [
      reportOn(firstReport),
      ...(reReportDate ? [reportOn(reReportDate, "rep-new", OTHER.communityId)] : []),
    ],
  });
}

describe("M-REREPORT", () => {
  it("a move on 01-31 is due by 02-28, or 02-29 in a leap year", () => {
    expect(verdictOf(movedOn("2021-01-31", "2021-02-28"), "M-REREPORT", { year: 2021 }).status).toBe("met");
    expect(verdictOf(movedOn("2021-01-31", "2021-03-01"), "M-REREPORT", { year: 2021 })).toMatchObject({
      status: "unmet",
      reason: "late",
    });
    expect(verdictOf(movedOn("2020-01-31", "2020-02-29"), "M-REREPORT", { year: 2020 }).status).toBe("met");
    expect(verdictOf(movedOn("2020-01-31", "2020-03-01"), "M-REREPORT", { year: 2020 }).reason).toBe("late");
  });

  it("a re-report still missing at year end is missing, and bars 优秀 by default", () => {
    const records = movedOn("2019-11-10");
    const verdict = verdictOf(records, "M-REREPORT");
    expect(verdict).toMatchObject({ status: "unmet", reason: "missing", recordIds: ["r2"] });
    expect(verdict.facts.moves).toEqual([
      {
        residenceId: "r2",
        communityId: "erqi-jiefang",
        moveDate: "2019-11-10",
        due: "2019-12-10",
        reportId: null,
        reportDate: null,
        status: "missing",
      },
    ]);
    expect(verdictOf(records, "M-NOT-EXCELLENT").triggeredBy).toContain("M-REREPORT:missing");
  });

  it("is pending before the due date and overdue after it while the year is open", () => {
    const records = movedOn("2019-11-10");
    expect(verdictOf(records, "M-REREPORT", { asOf: "2019-11-20" })).toMatchObject({
      status: "pending",
      fix: { by: "2019-12-10" },
    });
    expect(verdictOf(records, "M-REREPORT", { asOf: "2019-12-15" })).toMatchObject({
      status: "unmet",
      reason: "overdue",
      provisional: true,
    });
  });

  it("only applies after the first report, and not in a year without a move", () => {
    expect(verdictOf(movedOn("2019-10-01", undefined, "2019-10-20"), "M-REREPORT")).toMatchObject({
      status: "not-applicable",
    });
    expect(verdictOf(movedOn("2019-11-10", "2019-11-20"), "M-REREPORT", { year: 2020 })).toMatchObject({
      status: "not-applicable",
      reason: "no-move",
    });
  });

  // RULES.md, "A deadline after the end of the year": "a move on 12-31 with the
  // re-report due 01-31 ... is judged in the assessment year in which its
  // deadline falls: `pending` in the earlier year (no trigger there ...), and
  // met, late or missing in the year of the deadline".
  it("judges a move on 12-31 in the year its re-report is due: pending in 2020, then met, late or missing", () => {
    const onTime = movedOn("2020-12-31", "2021-01-31");
    expect(verdictOf(onTime, "M-REREPORT", { year: 2020 })).toMatchObject({
      status: "pending",
      reason: "due-next-year",
      provisional: false,
      due: "2021-01-31",
    });
    expect(verdictOf(onTime, "M-REREPORT", { year: 2021 }).status).toBe("met");
    expect(verdictOf(movedOn("2020-12-31", "2021-02-01"), "M-REREPORT", { year: 2021 })).toMatchObject({
      status: "unmet",
      reason: "late",
    });
    const never = movedOn("2020-12-31");
    expect(verdictOf(never, "M-REREPORT", { year: 2020 }).status).toBe("pending");
    expect(verdictOf(never, "M-NOT-EXCELLENT", { year: 2020 }).triggeredBy).not.toContain(
      "M-REREPORT:missing",
    );
    expect(verdictOf(never, "M-REREPORT", { year: 2021 })).toMatchObject({
      status: "unmet",
      reason: "missing",
    });
    expect(verdictOf(movedOn("2020-12-31", "2020-12-31"), "M-REREPORT", { year: 2020 }).status).toBe("met");
  });

  // RULES.md, "The year's end cuts": "a report or re-report made after the end
  // of that year counts as missing for that year, not late: late means after
  // the deadline but within the year".
  it("a re-report made only in the next year is missing for the year of the move, not late", () => {
    const nextYear = movedOn("2019-11-10", "2020-01-05");
    expect(verdictOf(nextYear, "M-REREPORT")).toMatchObject({ status: "unmet", reason: "missing" });
    expect(verdictOf(nextYear, "M-NOT-EXCELLENT").triggeredBy).toContain("M-REREPORT:missing");
    expect(verdictOf(movedOn("2019-11-10", "2019-12-31"), "M-REREPORT")).toMatchObject({
      status: "unmet",
      reason: "late",
    });
  });

  it("carries a move never re-reported into the next year", () => {
    expect(verdictOf(movedOn("2019-11-10"), "M-REREPORT", { year: 2020 })).toMatchObject({
      reason: "missing",
    });
  });
});
