import { describe, expect, it } from "vitest";
import { assessDataset } from "../audit/assessDataset";
import { AuditDataset } from "../audit/auditDataset";
import { assessMember } from "../member/assessMember";
import { assessMembers } from "../member/assessMembers";
import { memberRecords, reportOn } from "../member/testing/memberRecordsBuilder";
import { CITY, HEALTH_COMMISSION } from "../member/testing/verdictOf";
import { validate as validateDataset } from "../model/validate";
import type { StatsTableFacts } from "../model/verdict";
import { organisationReport } from "../rollups/organisationReport";
import { statisticsTable } from "../rollups/statisticsTable";
import { refusedAt } from "../testing/refusedAt";
import { assessUnitYear } from "../unit/assessUnitYear";
import { earlyWarnings } from "../warnings/earlyWarnings";

const records = memberRecords({ reports: [reportOn("2019-10-26")] });
const assess = (options: unknown) => () =>
  assessMember(records, HEALTH_COMMISSION, options as Parameters<typeof assessMember>[2]);

describe("options are validated like records: a typo is an InputError, never a verdict", () => {
  it("refuses dates that do not exist instead of rolling them over", () => {
    // 2019-13-01 was read as 2020-01-01: the year counted as closed, the member barred.
    expect(refusedAt(assess({ year: 2019, asOf: "2019-13-01" }))).toEqual(["asOf"]);
    expect(refusedAt(assess({ year: 2019, asOf: "2019-02-30" }))).toEqual(["asOf"]);
  });

  it("refuses a year that is not a whole number, or missing, or text", () => {
    expect(refusedAt(assess({ year: 2019.5 }))).toEqual(["year"]);
    expect(refusedAt(assess({ year: "2019" }))).toEqual(["year"]);
    expect(refusedAt(assess({ asOf: "2019-12-01" }))).toEqual(["year"]);
  });

  it("refuses an unknown key, so a misspelt asOf cannot judge the year as closed", () => {
    expect(refusedAt(assess({ year: 2019, asof: "2019-12-01" }))).toEqual(["asof"]);
  });

  it("reads an as-of date-time as records' dates are read: the Shanghai day", () => {
    const byDateTime = assessMember(records, HEALTH_COMMISSION, { year: 2019, asOf: "2019-11-30T20:00:00Z" });
    const byDate = assessMember(records, HEALTH_COMMISSION, { year: 2019, asOf: "2019-12-01" });
    expect(byDateTime.asOf).toBe("2019-12-01");
    expect(byDateTime.verdicts).toEqual(byDate.verdicts);
    // The README's example: provisional while the year is open.
    expect(byDateTime.verdicts.find((v) => v.ruleId === "M-CADRE-BAR")?.status).not.toBe("unmet");
  });

  it("the batch form checks its options before the first member", () => {
    expect(refusedAt(() => [...assessMembers([], CITY, { year: 2019, asOf: "2019-02-30" })])).toEqual([
      "asOf",
    ]);
  });

  it("every other function with options checks them too", () => {
    const unit = { unit: { id: "u1", name: "单位" } } as unknown as Parameters<typeof assessUnitYear>[0];
    expect(refusedAt(() => assessUnitYear(unit, CITY, { year: 2019, asOf: "2019-13-01" }))).toEqual(["asOf"]);
    expect(refusedAt(() => earlyWarnings([], CITY, { asOf: "2019-02-30" }))).toEqual(["asOf"]);
    expect(
      refusedAt(() => statisticsTable([], CITY, { year: 2019, submittedOn: { u1: "2019-11-31" } })),
    ).toEqual(["submittedOn.u1"]);
    expect(refusedAt(() => organisationReport([], CITY, { unitId: "u1", year: 2019.5 }))).toEqual(["year"]);
  });
});

describe("assessDataset's options", () => {
  const dataset = validateDataset(AuditDataset, {
    units: [{ id: "u1", name: "单位" }],
    members: [{ id: "m1", name: "张三", unitId: "u1", branchId: "b1", inService: true }],
  });

  it("refuses a statistics-table date that does not exist (2019-11-31 was judged late)", () => {
    expect(
      refusedAt(() =>
        assessDataset(dataset, CITY, { year: 2019, statsTableSubmittedOn: { u1: "2019-11-31" } }),
      ),
    ).toEqual(["statsTableSubmittedOn.u1"]);
  });

  it("refuses overdueSince without asOf, and a spot check with a misspelt stratification", () => {
    expect(refusedAt(() => assessDataset(dataset, CITY, { year: 2019, overdueSince: "2019-10-01" }))).toEqual(
      ["overdueSince"],
    );
    const spotCheck = { seed: "s", samplingDate: "2019-12-01", stratifyBy: "Branch" };
    expect(
      refusedAt(() =>
        assessDataset(dataset, CITY, { year: 2019, spotCheck } as unknown as Parameters<
          typeof assessDataset
        >[2]),
      ),
    ).toEqual(["spotCheck.stratifyBy"]);
  });

  it("takes unit IDs named like Object.prototype's members as plain IDs", () => {
    const names = ["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty"];
    const units = validateDataset(AuditDataset, {
      units: names.map((id) => ({ id, name: id })),
      members: names.map((id) => ({
        id: `m-${id}`,
        name: "党员",
        unitId: id,
        branchId: "b",
        inService: true,
      })),
    });
    // As JSON arrives: `__proto__` is then an own key like any other.
    const submittedOn = JSON.parse(
      `{${names.map((id, i) => `"${id}": "2019-11-${String(10 + i * 5).padStart(2, "0")}"`).join(",")}}`,
    );
    const result = assessDataset(units, CITY, { year: 2019, statsTableSubmittedOn: submittedOn });
    const deadlines = result.statistics.deadlines.map((v) => [
      v.subject.id,
      v.status,
      (v.facts as StatsTableFacts).submittedOn,
    ]);
    // City deadline 2019-11-20: 11-10, 11-15 and 11-20 on time, 11-25 and 11-30 late (in code point order).
    expect(deadlines).toEqual([
      ["__proto__", "met", "2019-11-20"],
      ["constructor", "met", "2019-11-10"],
      ["hasOwnProperty", "unmet", "2019-11-30"],
      ["toString", "met", "2019-11-15"],
      ["valueOf", "unmet", "2019-11-25"],
    ]);
  });
});
