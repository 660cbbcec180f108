import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CITY, HEALTH_COMMISSION } from "../member/testing/verdictOf";
import { validate } from "../model/validate";
import { refusedAt } from "../testing/refusedAt";
import { assessDataset } from "./assessDataset";
import { AuditDataset } from "./auditDataset";

/** Units u1 and u2, one member each; `dates` puts a statistics-table date on a unit record. */
function datasetWith(dates: Record<string, string> = {}) {
  const ids = ["u1", "u2"];
  return validate(AuditDataset, {
    units: ids.map((id) => ({
      id,
      name: `单位${id}`,
      ...(dates[id] !== undefined && { statsTableSubmittedOn: dates[id] }),
    })),
    members: ids.map((id) => ({ id: `m-${id}`, name: "党员", unitId: id, branchId: "b", inService: true })),
  });
}

const statusOf = (result: ReturnType<typeof assessDataset>) =>
  Object.fromEntries(result.statistics.deadlines.map((v) => [v.subject.id, [v.status, v.reason ?? null]]));

describe("M-STATS-TABLE from the unit record (ZZ47-BD 二(一): 11月中旬前报送)", () => {
  it("is met by a date on the unit's record, late after the edition's deadline, missing without one", () => {
    // Regression: only the option could carry the date, so a dataset alone was 未达标 for every unit.
    const result = assessDataset(datasetWith({ u1: "2019-11-20", u2: "2019-11-21" }), CITY, { year: 2019 });
    expect(statusOf(result)).toEqual({ u1: ["met", null], u2: ["unmet", "late"] });
    expect(statusOf(assessDataset(datasetWith(), CITY, { year: 2019 }))).toEqual({
      u1: ["unmet", "missing"],
      u2: ["unmet", "missing"],
    });
  });

  it("judges the same date by the edition: 11-15 is on time for the city, late under ZWJ31 (11-10)", () => {
    const dataset = datasetWith({ u1: "2019-11-15" });
    expect(statusOf(assessDataset(dataset, CITY, { year: 2019 })).u1).toEqual(["met", null]);
    expect(statusOf(assessDataset(dataset, HEALTH_COMMISSION, { year: 2019 })).u1).toEqual(["unmet", "late"]);
  });

  it("merges the record with the option, and refuses two different dates for one unit", () => {
    const merged = assessDataset(datasetWith({ u1: "2019-11-01" }), CITY, {
      year: 2019,
      statsTableSubmittedOn: { u1: "2019-11-01", u2: "2019-11-02" },
    });
    expect(statusOf(merged)).toEqual({ u1: ["met", null], u2: ["met", null] });
    expect(
      refusedAt(() =>
        assessDataset(datasetWith({ u1: "2019-11-01" }), CITY, {
          year: 2019,
          statsTableSubmittedOn: { u1: "2019-11-25" },
        }),
      ),
    ).toEqual(["statsTableSubmittedOn.u1"]);
  });

  it("gives the same verdict whether the date comes on the record or in the option", () => {
    const day = fc.integer({ min: 1, max: 30 }).map((d) => `2019-11-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(day, (date) => {
        const onRecord = assessDataset(datasetWith({ u1: date }), CITY, { year: 2019 });
        const inOption = assessDataset(datasetWith(), CITY, {
          year: 2019,
          statsTableSubmittedOn: { u1: date },
        });
        expect(onRecord.statistics.deadlines).toEqual(inOption.statistics.deadlines);
      }),
      { numRuns: 30 },
    );
  });
});
