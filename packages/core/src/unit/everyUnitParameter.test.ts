import { describe, expect, it } from "vitest";
import { defineEdition } from "../editions/defineEdition";
import type { Edition } from "../editions/edition";
import { leafPaths, setValueAt, valueAt } from "../editions/leafPaths";
import { zhengzhou2019 as CITY } from "../editions/zhengzhou2019";
import type { UnitRecords } from "../model/unitRecords";
import type { VerdictRuleId, VerdictStatus } from "../model/verdict";
import { periodIdOf } from "../rules/verdictLookup";
import { assessUnitYear } from "./assessUnitYear";
import {
  COMMUNITY,
  exemplaryUnit2019,
  meeting,
  STREET,
  themedDay,
  threeLists,
  unitRecords,
  volunteer,
} from "./testing/unitRecordsBuilder";
import { verdictOf } from "./testing/verdictOf";
import type { UnitAssessment } from "./unitAssessment";

function withParameters(changes: Record<string, unknown>, id = "test-edition"): Edition {
  const parameters = structuredClone(CITY.parameters);
  for (const [path, value] of Object.entries(changes)) setValueAt(parameters, path, value);
  return defineEdition({ ...CITY, id, parameters });
}

const statusOf = (v: { status: VerdictStatus; reason?: string }) =>
  v.reason ? `${v.status}/${v.reason}` : v.status;
/** A rule's status over the year (periodic rules summed over their periods). */
const summaryOf = (a: UnitAssessment, ruleId: string) =>
  a.fourInclusions.duties.find((d) => d.ruleId === ruleId)?.status ?? "absent";

interface Case {
  value: unknown;
  records: UnitRecords;
  year?: number;
  /** What to read from the assessment. */
  read: (a: UnitAssessment) => string;
  /** Under the city edition, then under the changed one. */
  before: string;
  after: string;
}

const rule = (ruleId: VerdictRuleId, period?: string) => (a: UnitAssessment) =>
  statusOf(verdictOf(a, ruleId, period));
const summary = (ruleId: string) => (a: UnitAssessment) => summaryOf(a, ruleId);
const report = (date: string) => ({ id: "sr", unitId: "u1", ...STREET, date });
const designation = { id: "des", unitId: "u1", streetId: STREET.streetId, ...COMMUNITY, date: "2019-10-10" };
const pendingAnswer = (status: "pending" | "verified") => ({
  id: "inq",
  unitId: "u1",
  year: 2019,
  respondentKind: "community" as const,
  respondentId: COMMUNITY.communityId,
  date: "2019-12-28",
  reportsProblem: true,
  status,
});
const exemplaryWithoutOnline = () =>
  exemplaryUnit2019({ activities: exemplaryUnit2019().activities.map((a) => ({ ...a, online: undefined })) });

/** For every unit parameter: a unit whose verdict follows the parameter. */
const CASES: Record<string, Case> = {
  "unit.programmeStart": {
    value: "2019-07-01",
    records: unitRecords(),
    read: rule("U-MEETING-QUARTER", "2019-Q3"),
    before: "not-applicable/before-programme-start",
    after: "unmet/count-short",
  },
  "unit.streetReportDeadline": {
    value: "2019-10-20",
    records: unitRecords({ streetReports: [report("2019-10-25")] }),
    read: rule("U-REPORT-STREET"),
    before: "met",
    after: "unmet/late",
  },
  "unit.pairingDeadline": {
    value: "2019-10-31",
    records: unitRecords({
      designations: [designation],
      pairings: [{ id: "p", unitId: "u1", communityId: COMMUNITY.communityId, agreementDate: "2019-11-05" }],
    }),
    read: rule("U-PAIR-COMMUNITY"),
    before: "met",
    after: "unmet/late",
  },
  "unit.receiptDeadline": {
    value: "2019-10-25",
    records: unitRecords({ receipts: [{ id: "rc", unitId: "u1", handedInOn: "2019-10-28" }] }),
    read: rule("U-RECEIPT"),
    before: "met",
    after: "unmet/late",
  },
  "unit.subordinateReceiptDeadline": {
    value: "2019-10-18",
    records: unitRecords({
      unit: { parentUnitId: "wjw" },
      receipts: [{ id: "rc", unitId: "u1", handedInOn: "2019-10-19" }],
    }),
    read: rule("U-RECEIPT"),
    before: "met",
    after: "unmet/late",
  },
  "unit.lateStartGraceMonths": {
    value: 3,
    records: unitRecords({ scope: { id: "sc", unitId: "u1", inScopeFrom: "2019-11-15" } }),
    read: rule("U-REPORT-STREET"),
    before: "unmet/missing",
    after: "pending/due-next-year",
  },
  "unit.meetingFrequency.period": {
    value: "month",
    records: unitRecords({ activities: [meeting("2019-11-05")] }),
    read: summary("U-MEETING-QUARTER"),
    before: "met",
    after: "unmet",
  },
  "unit.meetingFrequency.minimum": {
    value: 2,
    records: unitRecords({ activities: [meeting("2019-11-05")] }),
    read: rule("U-MEETING-QUARTER", "2019-Q4"),
    before: "met",
    after: "unmet/count-short",
  },
  "unit.themedDayFrequency.period": {
    value: "quarter",
    year: 2020,
    records: unitRecords({ activities: [themedDay("2020-03-01"), themedDay("2020-09-01")] }),
    read: summary("U-THEMEDAY-HALF"),
    before: "met",
    after: "unmet",
  },
  "unit.themedDayFrequency.minimum": {
    value: 2,
    records: unitRecords({ activities: [themedDay("2019-10-26")] }),
    read: rule("U-THEMEDAY-HALF", "2019-H2"),
    before: "met",
    after: "unmet/count-short",
  },
  "unit.volunteerFrequency.period": {
    value: "quarter",
    records: unitRecords({ activities: [volunteer("2019-10-19")] }),
    read: summary("U-VOLUNTEER-MONTH"),
    before: "unmet",
    after: "met",
  },
  "unit.volunteerFrequency.minimum": {
    value: 2,
    records: unitRecords({ activities: [volunteer("2019-10-19")] }),
    read: rule("U-VOLUNTEER-MONTH", "2019-10"),
    before: "met",
    after: "unmet/count-short",
  },
  "unit.partialPeriodApplies": {
    value: false,
    year: 2020,
    records: unitRecords({ scope: { id: "sc", unitId: "u1", inScopeFrom: "2020-05-15" } }),
    read: rule("U-MEETING-QUARTER", "2020-Q2"),
    before: "unmet/count-short",
    after: "not-applicable/partial-period",
  },
  "unit.recordRequiredFields": {
    value: ["place", "project", "content"],
    records: unitRecords({ activities: [volunteer("2019-10-19", { participants: [] })] }),
    read: rule("U-VOLUNTEER-MONTH", "2019-10"),
    before: "unmet/count-short",
    after: "met",
  },
  "unit.recordMustBeSignedAndStamped": {
    value: false,
    records: unitRecords({ activities: [volunteer("2019-10-19", { signedAndStamped: false })] }),
    read: rule("U-VOLUNTEER-MONTH", "2019-10"),
    before: "unmet/count-short",
    after: "met",
  },
  "unit.incompleteRecordCounts": {
    value: true,
    records: unitRecords({ activities: [volunteer("2019-10-19", { place: undefined })] }),
    read: rule("U-VOLUNTEER-MONTH", "2019-10"),
    before: "unmet/count-short",
    after: "met",
  },
  "unit.evidencePolicy": {
    value: "both",
    records: unitRecords({ activities: [volunteer("2019-10-19", { online: undefined })] }),
    read: rule("U-VOLUNTEER-MONTH", "2019-10"),
    before: "met",
    after: "unmet/count-short",
  },
  "unit.pendingInvestigation": {
    value: "as-verified",
    records: unitRecords({ inquiryAnswers: [pendingAnswer("pending")] }),
    read: rule("U-INQUIRY"),
    before: "pending/investigation-pending",
    after: "unmet/pending-treated-as-verified",
  },
  "unit.projectsNeedAgreement": {
    value: false,
    records: unitRecords({
      lists: threeLists().map((l) => (l.kind === "projects" ? { ...l, items: [{ title: "助老" }] } : l)),
    }),
    read: rule("U-THREE-LISTS"),
    before: "unmet/project-without-agreement",
    after: "met",
  },
  "unit.supervisionSlowRules": {
    value: ["U-REPORT-STREET", "U-RECEIPT", "U-PAIR-COMMUNITY"],
    records: exemplaryUnit2019({ pairings: [] }),
    read: rule("U-SUPERVISE"),
    before: "met",
    after: "unmet/slow",
  },
  "unit.supervisionPoorRules": {
    value: ["U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH", "U-THREE-LISTS"],
    records: exemplaryUnit2019({ lists: [] }),
    read: rule("U-SUPERVISE"),
    before: "met",
    after: "unmet/poor",
  },
  "unit.supervisionOnNegativeInquiry": {
    value: false,
    records: exemplaryUnit2019({ inquiryAnswers: [pendingAnswer("verified")] }),
    read: rule("U-SUPERVISE"),
    before: "unmet/no-result",
    after: "met",
  },
  "unit.awardBarRules": {
    value: [...CITY.parameters.unit.awardBarRules, "U-CLOUD-MATCH"],
    records: exemplaryWithoutOnline(),
    read: rule("U-AWARD-BAR"),
    before: "met",
    after: "unmet/falls-short",
  },
};

const unitPaths = leafPaths(CITY.parameters).filter((p) => p.startsWith("unit."));

describe("every unit parameter changes the verdicts that read it", () => {
  it("has a case for every unit parameter, each with a value that differs from the city's", () => {
    expect(unitPaths.filter((p) => !(p in CASES))).toEqual([]);
    for (const [path, c] of Object.entries(CASES)) {
      expect(c.value, path).not.toEqual(valueAt(CITY.parameters, path));
    }
  });

  for (const [path, c] of Object.entries(CASES)) {
    it(`${path} = ${JSON.stringify(c.value)} moves ${c.before} to ${c.after}`, () => {
      const year = c.year ?? 2019;
      expect(c.read(assessUnitYear(c.records, CITY, { year }))).toBe(c.before);
      const changed = assessUnitYear(c.records, withParameters({ [path]: c.value }), { year });
      expect(c.read(changed)).toBe(c.after);
      expect(changed.edition.id).toBe("test-edition");
    });
  }
});

describe("a test edition that changes every unit parameter at once", () => {
  const ALL = withParameters(
    Object.fromEntries(Object.entries(CASES).map(([p, c]) => [p, c.value])),
    "all-unit",
  );

  it("differs from the city's edition in every unit leaf", () => {
    for (const path of unitPaths)
      expect(valueAt(ALL.parameters, path), path).not.toEqual(valueAt(CITY.parameters, path));
  });

  it("gives verdicts that follow every changed parameter", () => {
    const records = exemplaryUnit2019({
      unit: { parentUnitId: "wjw" },
      activities: [
        meeting("2019-11-05"),
        themedDay("2019-10-26"),
        volunteer("2019-10-19"),
        volunteer("2019-11-16", { online: undefined }),
      ],
      lists: threeLists().filter((l) => l.kind !== "needs"),
      inquiryAnswers: [pendingAnswer("pending")],
    });
    const a = assessUnitYear(records, ALL, { year: 2019 });
    const labels = (ruleId: string) =>
      a.verdicts
        .filter((v) => v.ruleId === ruleId && v.status !== "not-applicable")
        .map((v) => periodIdOf(v));
    // programmeStart 2019-07-01 and the new periods.
    expect(labels("U-MEETING-QUARTER")).toEqual([
      "2019-07",
      "2019-08",
      "2019-09",
      "2019-10",
      "2019-11",
      "2019-12",
    ]);
    expect(labels("U-THEMEDAY-HALF")).toEqual(["2019-Q3", "2019-Q4"]);
    expect(labels("U-VOLUNTEER-MONTH")).toEqual(["2019-Q3", "2019-Q4"]);
    // Minimums: two meetings a month, two themed days a quarter, two services a quarter.
    expect(verdictOf(a, "U-MEETING-QUARTER", "2019-11").facts).toMatchObject({ minimum: 2, counted: 1 });
    expect(verdictOf(a, "U-THEMEDAY-HALF", "2019-Q4").facts).toMatchObject({ minimum: 2, counted: 1 });
    // Evidence "both": the service without a post does not count.
    const q4 = verdictOf(a, "U-VOLUNTEER-MONTH", "2019-Q4");
    expect(q4.facts).toMatchObject({ minimum: 2, counted: 1 });
    expect(q4.excluded.map((e) => e.reason)).toEqual(["online-missing"]);
    // Deadlines: the subordinate's receipt of 2019-10-15 meets 2019-10-18; report and pairing meet theirs.
    expect(verdictOf(a, "U-RECEIPT").facts).toMatchObject({
      deadline: "2019-10-18",
      deadlineBasis: "edition-date",
    });
    expect(verdictOf(a, "U-REPORT-STREET").facts.deadline).toBe("2019-10-20");
    expect(verdictOf(a, "U-PAIR-COMMUNITY").facts.deadline).toBe("2019-10-31");
    // Inquiry read as verified, but no supervision on it; the award bar takes the inquiry by the text itself.
    expect(statusOf(verdictOf(a, "U-INQUIRY"))).toBe("unmet/pending-treated-as-verified");
    const supervise = verdictOf(a, "U-SUPERVISE");
    expect(supervise.facts.grounds).toEqual(["poor"]);
    expect(supervise.triggeredBy).toContain("U-THREE-LISTS:missing-list");
    const bar = verdictOf(a, "U-AWARD-BAR");
    expect(bar.reason).toBe("falls-short+negative-report");
    expect(bar.triggeredBy).toContain("U-CLOUD-MATCH:online-missing");
    expect(verdictOf(a, "U-CLOUD-MATCH").severity).toBe("binding");
    expect(verdictOf(a, "U-RECORD-COMPLETE").facts.requiredFields).toEqual(["place", "project", "content"]);
    for (const v of a.verdicts) expect(v.edition.id).toBe("all-unit");
  });
});
