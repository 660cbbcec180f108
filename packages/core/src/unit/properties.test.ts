import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDayNumber } from "../calendar/dayNumber";
import { type PeriodKind, periodsOfYear } from "../calendar/periods";
import { defineEdition } from "../editions/defineEdition";
import type { Edition } from "../editions/edition";
import type { EvidencePolicy } from "../editions/editionParameters";
import { zhengzhou2019 as CITY } from "../editions/zhengzhou2019";
import { zhengzhou2019HealthCommission as ZWJ31 } from "../editions/zhengzhou2019HealthCommission";
import { UnitRecords } from "../model/unitRecords";
import type { FrequencyFacts, Verdict } from "../model/verdict";
import { periodIdOf } from "../rules/verdictLookup";
import { seededShuffle } from "../testing/seededShuffle";
import { assessUnitYear } from "./assessUnitYear";
import {
  type ActivityTraits,
  activityFrom,
  activityTraitsArbitrary,
  completeActivityArbitrary,
  dateTimeArbitrary,
  shanghaiDateOf,
  unitOptionsArbitrary,
  unitRecordsArbitrary,
  unitRecordsInputArbitrary,
} from "./testing/unitArbitraries";
import type { UnitAssessment } from "./unitAssessment";

const RUNS = { numRuns: 200 };

function edition(id: string, unit: Partial<Edition["parameters"]["unit"]>): Edition {
  return defineEdition({
    ...CITY,
    id,
    parameters: { ...CITY.parameters, unit: { ...CITY.parameters.unit, ...unit } },
  });
}

/** A strict department: both kinds of evidence, monthly meetings, earlier deadlines, every trigger. */
const STRICT = edition("strict", {
  evidencePolicy: "both",
  meetingFrequency: { period: "month", minimum: 1 },
  themedDayFrequency: { period: "quarter", minimum: 1 },
  volunteerFrequency: { period: "month", minimum: 2 },
  streetReportDeadline: "2019-10-15",
  receiptDeadline: "2019-10-20",
  subordinateReceiptDeadline: "2019-10-18",
  pendingInvestigation: "as-verified",
  awardBarRules: [
    ...CITY.parameters.unit.awardBarRules,
    "U-CLOUD-MATCH",
    "U-THREE-LISTS",
    "U-RECORD-COMPLETE",
  ],
});
/** A lenient reading: either evidence, incomplete records count, whole periods only. */
const LENIENT = edition("lenient", {
  evidencePolicy: "either",
  incompleteRecordCounts: true,
  partialPeriodApplies: false,
  pendingInvestigation: "ignore",
});
const EDITIONS = [CITY, ZWJ31, STRICT, LENIENT];
const editionArbitrary = fc.constantFrom(...EDITIONS);

const GOODNESS: Record<Verdict["status"], number> = { unmet: 0, pending: 1, met: 2, "not-applicable": 2 };

function keyOf(v: Verdict): string {
  return `${v.ruleId}|${periodIdOf(v) ?? ""}`;
}

/** The same records with every list in another order. */
function reordered(records: UnitRecords, seed: number): UnitRecords {
  const shuffle = <T>(list: readonly T[]): T[] => seededShuffle(list, seed);
  return {
    ...records,
    streetReports: shuffle(records.streetReports),
    designations: shuffle(records.designations),
    pairings: shuffle(records.pairings),
    receipts: shuffle(records.receipts),
    activities: shuffle(records.activities),
    lists: shuffle(records.lists),
    inquiryAnswers: shuffle(records.inquiryAnswers),
  };
}

function expectNeverWorse(before: UnitAssessment, after: UnitAssessment) {
  expect(after.verdicts.map(keyOf)).toEqual(before.verdicts.map(keyOf));
  before.verdicts.forEach((verdict, i) => {
    const next = after.verdicts[i] as Verdict;
    if (GOODNESS[next.status] < GOODNESS[verdict.status]) {
      throw new Error(
        `${keyOf(verdict)} got worse: ${verdict.status}/${verdict.reason} → ${next.status}/${next.reason}`,
      );
    }
    const counted = (v: Verdict) => (v.facts as { counted?: number }).counted;
    if (typeof counted(verdict) === "number") {
      expect(counted(next)).toBeGreaterThanOrEqual(counted(verdict) as number);
    }
  });
}

describe("unit assessment properties", () => {
  it("verdicts do not depend on the order of the input records", () => {
    fc.assert(
      fc.property(
        unitRecordsArbitrary,
        unitOptionsArbitrary,
        editionArbitrary,
        fc.nat(),
        (records, options, ed, seed) => {
          expect(assessUnitYear(reordered(records, seed), ed, options)).toEqual(
            assessUnitYear(records, ed, options),
          );
        },
      ),
      RUNS,
    );
  });

  it("adding a complete, signed activity never worsens a verdict", () => {
    fc.assert(
      fc.property(
        unitRecordsInputArbitrary,
        completeActivityArbitrary,
        unitOptionsArbitrary,
        editionArbitrary,
        (input, added, options, ed) => {
          const before = assessUnitYear(UnitRecords.parse(input), ed, options);
          const more = UnitRecords.parse({ ...input, activities: [...(input.activities ?? []), added] });
          expectNeverWorse(before, assessUnitYear(more, ed, options));
        },
      ),
      RUNS,
    );
  });

  it("later records are invisible to an as-of assessment", () => {
    fc.assert(
      fc.property(unitRecordsArbitrary, unitOptionsArbitrary, editionArbitrary, (records, options, ed) => {
        if (options.asOf === undefined) return;
        const asOf = toDayNumber(options.asOf);
        const upTo = <T>(list: readonly T[], dateOf: (r: T) => string) =>
          list.filter((r) => toDayNumber(dateOf(r)) <= asOf);
        const known: UnitRecords = {
          ...records,
          streetReports: upTo(records.streetReports, (r) => r.date),
          designations: upTo(records.designations, (r) => r.date),
          pairings: upTo(records.pairings, (r) => r.agreementDate),
          receipts: upTo(records.receipts, (r) => r.handedInOn),
          activities: upTo(records.activities, (r) => r.date),
          lists: upTo(records.lists, (r) => r.date),
          inquiryAnswers: upTo(records.inquiryAnswers, (r) => r.date),
        };
        expect(assessUnitYear(known, ed, options)).toEqual(assessUnitYear(records, ed, options));
      }),
      RUNS,
    );
  });

  it("each counting activity counts in exactly one month, one quarter, one half-year and one year", () => {
    const kinds: PeriodKind[] = ["month", "quarter", "half-year", "year"];
    const byKind = new Map(
      kinds.map((period) => [
        period,
        edition(`volunteer-per-${period}`, {
          programmeStart: "2019-01-01",
          volunteerFrequency: { period, minimum: 1 },
        }),
      ]),
    );
    fc.assert(
      fc.property(
        fc.array(dateTimeArbitrary, { maxLength: 20 }),
        fc.constantFrom(2019, 2020),
        (dates, year) => {
          const activities = dates.map((date, i) =>
            activityFrom(
              {
                kind: "volunteer-service",
                date,
                hasPlace: true,
                hasProject: true,
                hasContent: true,
                hasParticipants: true,
                signed: true,
                online: "match",
              },
              `a${i}`,
            ),
          );
          const records = UnitRecords.parse({ unit: { id: "u1", name: "单位" }, activities });
          for (const [period, ed] of byKind) {
            const verdicts = assessUnitYear(records, ed, { year }).verdicts.filter(
              (v) => v.ruleId === "U-VOLUNTEER-MONTH",
            );
            expect(verdicts).toHaveLength(periodsOfYear(period, year).length);
            dates.forEach((date, i) => {
              const day = shanghaiDateOf(date);
              const holding = verdicts.filter((v) => v.recordIds.includes(`a${i}`));
              if (Number(day.slice(0, 4)) !== year) {
                expect(holding).toEqual([]);
                return;
              }
              expect(holding, `${date} per ${period}`).toHaveLength(1);
              const { period: span } = (holding[0] as Verdict).facts as FrequencyFacts;
              expect(span.from <= day && day <= span.to).toBe(true);
            });
          }
        },
      ),
      RUNS,
    );
  });

  it("frequency verdicts follow the edition's frequency, evidence policy and record readings", () => {
    const settings = fc.record({
      period: fc.constantFrom<PeriodKind>("month", "quarter", "half-year", "year"),
      minimum: fc.integer({ min: 0, max: 3 }),
      policy: fc.constantFrom<EvidencePolicy>("paper", "online", "both", "either"),
      incompleteRecordCounts: fc.boolean(),
      mustSign: fc.boolean(),
    });
    fc.assert(
      fc.property(
        settings,
        fc.array(activityTraitsArbitrary, { maxLength: 25 }),
        fc.constantFrom(2019, 2020),
        (s, traits, year) => {
          const ed = edition("random", {
            volunteerFrequency: { period: s.period, minimum: s.minimum },
            evidencePolicy: s.policy,
            incompleteRecordCounts: s.incompleteRecordCounts,
            recordMustBeSignedAndStamped: s.mustSign,
          });
          const volunteers: ActivityTraits[] = traits.map((t) => ({ ...t, kind: "volunteer-service" }));
          const records = UnitRecords.parse({
            unit: { id: "u1", name: "单位" },
            activities: volunteers.map((t, i) => activityFrom(t, `a${i}`)),
          });
          const counts = (t: ActivityTraits) => {
            const paper =
              (t.hasPlace &&
                t.hasProject &&
                t.hasContent &&
                t.hasParticipants &&
                (t.signed || !s.mustSign)) ||
              s.incompleteRecordCounts;
            const online = t.online === "match";
            return { paper, online, both: paper && online, either: paper || online }[s.policy];
          };
          const start = "2019-10-01";
          const verdicts = assessUnitYear(records, ed, { year }).verdicts.filter(
            (v) => v.ruleId === "U-VOLUNTEER-MONTH",
          );
          const periods = periodsOfYear(s.period, year);
          expect(verdicts.map((v) => periodIdOf(v))).toEqual(periods.map((p) => p.label));
          verdicts.forEach((v) => {
            const facts = v.facts as FrequencyFacts;
            const from = facts.period.from < start ? start : facts.period.from;
            if (facts.period.to < start) {
              expect(v.status).toBe("not-applicable");
              return;
            }
            const expected = volunteers
              .map((t, i) => ({ t, id: `a${i}`, day: shanghaiDateOf(t.date) }))
              .filter(({ t, day }) => day >= from && day <= facts.period.to && counts(t))
              .map(({ id }) => id)
              .sort();
            expect(v.recordIds).toEqual(expected);
            expect(facts.minimum).toBe(s.minimum);
            expect(v.status).toBe(expected.length >= s.minimum ? "met" : "unmet");
          });
        },
      ),
      RUNS,
    );
  });
});
