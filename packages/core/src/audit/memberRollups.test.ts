import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessMember } from "../member/assessMember";
import { memberRecordsArbitrary } from "../member/testing/memberArbitraries";
import { HEALTH_COMMISSION } from "../member/testing/verdictOf";
import { organisationReport } from "../rollups/organisationReport";
import { statisticsTable } from "../rollups/statisticsTable";
import { MemberRollups } from "./memberRollups";

const when = { year: 2019, asOf: "2019-11-05" };
const names = new Map([
  ["u-a", "市卫健委机关"],
  ["b1", "第一支部"],
]);

describe("MemberRollups: the statistics table and organisation reports a member at a time", () => {
  it("gives what statisticsTable and organisationReport give over every assessment at once", () => {
    fc.assert(
      fc.property(fc.array(memberRecordsArbitrary, { minLength: 1, maxLength: 8 }), (bundles) => {
        const assessments = bundles.map((records, i) => {
          const unitId = i % 2 === 0 ? "u-a" : "u-b";
          const member = { ...records.member, id: `m${i}`, unitId };
          return assessMember({ ...records, member }, HEALTH_COMMISSION, when);
        });
        const rollups = new MemberRollups(names);
        for (const assessment of assessments) rollups.add(assessment);

        expect(rollups.statistics(HEALTH_COMMISSION, when)).toStrictEqual(
          statisticsTable(assessments, HEALTH_COMMISSION, { ...when, names }),
        );
        const { unitIds, reports } = rollups.organisationReports(
          { units: [{ id: "u-c", name: "无党员的单位" }] },
          [],
          HEALTH_COMMISSION,
          when,
        );
        expect(unitIds).toEqual(assessments.length > 1 ? ["u-a", "u-b", "u-c"] : ["u-a", "u-c"]);
        expect(reports).toStrictEqual(
          unitIds.map((unitId) =>
            organisationReport(assessments, HEALTH_COMMISSION, {
              ...when,
              unitId,
              ...(names.has(unitId) && { unitName: names.get(unitId) }),
            }),
          ),
        );
      }),
      { numRuns: 25 },
    );
  });
});
