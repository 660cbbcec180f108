import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDayNumber } from "../calendar/dayNumber";
import { MemberRecords } from "../model/memberRecords";
import { seededShuffle } from "../testing/seededShuffle";
import { assessMember } from "./assessMember";
import { createMemberContext, residenceOn } from "./memberContext";
import { assessOptionsArbitrary, memberRecordsArbitrary } from "./testing/memberArbitraries";
import { CITY, goodness, HEALTH_COMMISSION } from "./testing/verdictOf";

const RUNS = { numRuns: 300 };

/** The same records with every list in another order. */
function reordered(records: MemberRecords, seed: number): MemberRecords {
  const shuffle = <T>(list: readonly T[]): T[] => seededShuffle(list, seed);
  return {
    ...records,
    residences: shuffle(records.residences),
    reports: shuffle(records.reports),
    postClaims: shuffle(records.postClaims),
    services: shuffle(records.services),
    communityEvents: shuffle(records.communityEvents),
    attendances: shuffle(records.attendances),
    feedback: shuffle(records.feedback),
    selfReports: shuffle(records.selfReports),
  };
}

function expectNeverWorse(before: ReturnType<typeof assessMember>, after: ReturnType<typeof assessMember>) {
  before.verdicts.forEach((verdict, i) => {
    const next = after.verdicts[i];
    expect(next?.ruleId).toBe(verdict.ruleId);
    if (next && goodness(next) < goodness(verdict)) {
      throw new Error(
        `${verdict.ruleId} got worse: ${verdict.status}/${verdict.reason} → ${next.status}/${next.reason}`,
      );
    }
  });
}

describe("member assessment properties", () => {
  it("record order never matters", () => {
    fc.assert(
      fc.property(memberRecordsArbitrary, assessOptionsArbitrary, fc.nat(), (records, options, seed) => {
        expect(assessMember(reordered(records, seed), CITY, options)).toEqual(
          assessMember(records, CITY, options),
        );
      }),
      RUNS,
    );
  });

  it("adding a countable service (M-SERVICE-YEAR) never worsens any verdict", () => {
    fc.assert(
      fc.property(
        memberRecordsArbitrary,
        assessOptionsArbitrary,
        fc.integer({ min: 0, max: 364 }),
        (records, options, offset) => {
          const ctx = createMemberContext(records, CITY, options);
          const day = Math.min(ctx.yearFirst + offset, ctx.yearLast, ctx.asOf);
          const home = residenceOn(ctx, day);
          fc.pre(home !== undefined && day >= ctx.yearFirst);
          const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
          const extra = MemberRecords.parse({
            ...records,
            services: [
              ...records.services,
              {
                id: "added",
                memberId: records.member.id,
                date,
                communityId: home?.record.communityId,
                content: "新增服务",
              },
            ],
          });
          expectNeverWorse(assessMember(records, CITY, options), assessMember(extra, CITY, options));
        },
      ),
      RUNS,
    );
  });

  it("removing a verified negative feedback (M-FEEDBACK) never worsens any verdict", () => {
    fc.assert(
      fc.property(memberRecordsArbitrary, assessOptionsArbitrary, (records, options) => {
        const verified = records.feedback.filter((f) => f.kind === "negative" && f.status === "verified");
        fc.pre(verified.length > 0);
        const fewer = { ...records, feedback: records.feedback.filter((f) => f !== verified[0]) };
        expectNeverWorse(assessMember(records, CITY, options), assessMember(fewer, CITY, options));
      }),
      RUNS,
    );
  });

  it("the overlay never judges a member more leniently than its parent", () => {
    fc.assert(
      fc.property(memberRecordsArbitrary, assessOptionsArbitrary, (records, options) => {
        expectNeverWorse(
          assessMember(records, HEALTH_COMMISSION, options),
          assessMember(records, CITY, options),
        );
      }),
      RUNS,
    );
  });

  it("the host time zone never matters", () => {
    const original = process.env.TZ;
    try {
      fc.assert(
        fc.property(memberRecordsArbitrary, assessOptionsArbitrary, (records, options) => {
          process.env.TZ = "Pacific/Kiritimati";
          const east = assessMember(records, CITY, options);
          process.env.TZ = "America/Los_Angeles";
          const west = assessMember(records, CITY, options);
          expect(west).toEqual(east);
        }),
        { numRuns: 100 },
      );
    } finally {
      process.env.TZ = original;
    }
  });

  it("every verdict carries its rule, citation, edition and an explanation in both languages", () => {
    fc.assert(
      fc.property(memberRecordsArbitrary, assessOptionsArbitrary, (records, options) => {
        for (const verdict of assessMember(records, HEALTH_COMMISSION, options).verdicts) {
          expect(verdict.citations.length).toBeGreaterThan(0);
          expect(verdict.edition).toEqual({ id: HEALTH_COMMISSION.id, version: HEALTH_COMMISSION.version });
          expect(verdict.explanation.zh.length).toBeGreaterThan(0);
          expect(verdict.explanation.en.length).toBeGreaterThan(0);
          if (verdict.fix)
            expect(toDayNumber(verdict.fix.by)).toBeGreaterThanOrEqual(
              toDayNumber(options.asOf ?? "1970-01-01"),
            );
        }
      }),
      RUNS,
    );
  });
});
