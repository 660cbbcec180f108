import { z } from "zod";
import { VerdictSeverity, VerdictStatus } from "../model/verdict";

/**
 * The four assessments the unit-year result feeds (ZZ47-GJ 四.4 "四纳入"):
 * the secretary's report to the higher organisation (述职), the party-building
 * responsibility assessment, the civilised-unit assessment, and awards (评先推优).
 */
export const FOUR_INCLUSIONS = [
  {
    key: "secretary-report",
    zh: "纳入机关各级党组织书记向上级党组织述职内容",
    en: "part of the party secretary's report to the higher organisation (述职)",
  },
  {
    key: "party-building-responsibility",
    zh: "纳入履行机关党建主体责任考核",
    en: "part of the party-building responsibility assessment",
  },
  {
    key: "civilised-unit",
    zh: "纳入市直机关文明单位创建考核",
    en: "part of the civilised-unit assessment",
  },
  { key: "awards", zh: "纳入各级评先推优", en: "part of the award nominations (评先推优)" },
] as const;

export const InclusionKey = z.enum(FOUR_INCLUSIONS.map((i) => i.key) as [string, ...string[]]);

const Bilingual = z.object({ zh: z.string(), en: z.string() });

/** Counts of a frequency rule's period verdicts. */
export const PeriodCounts = z.object({
  total: z.number().int(),
  met: z.number().int(),
  unmet: z.number().int(),
  pending: z.number().int(),
  notApplicable: z.number().int(),
});

/** One rule's result for the year, periodic rules summed over their periods. */
export const DutySummary = z.object({
  ruleId: z.string(),
  /** `unmet` if any verdict is, else `pending` if any is, else `met` if any is, else `not-applicable`. */
  status: VerdictStatus,
  severity: VerdictSeverity,
  provisional: z.boolean(),
  reasons: z.array(z.string()),
  periods: PeriodCounts.nullable(),
  /** Labels of the periods not met (`2019-11`). */
  unmetPeriods: z.array(z.string()),
});
export type DutySummary = z.infer<typeof DutySummary>;

/**
 * `U-FOUR-INCLUSIONS`: the unit-year result as one record that each of the
 * four assessments reads (ZZ47-GJ 四.4). It carries the rule-by-rule summary,
 * the binding shortfalls and the warnings, the inquiry outcome, whether the
 * unit is a supervision-order candidate, and whether it keeps its award
 * eligibility, each traceable to the verdicts by rule ID.
 */
export const UnitYearRecord = z.object({
  ruleId: z.literal("U-FOUR-INCLUSIONS"),
  unitId: z.string(),
  unitName: z.string(),
  parentUnitId: z.string().nullable(),
  year: z.number().int(),
  edition: z.object({ id: z.string(), version: z.string() }),
  asOf: z.string().nullable(),
  /** `unmet` when the unit falls short or is a supervision candidate; `pending` while anything may change. */
  status: VerdictStatus,
  provisional: z.boolean(),
  duties: z.array(DutySummary),
  /** Binding verdicts unmet, as `U-VOLUNTEER-MONTH 2019-11:count-short`. */
  shortfalls: z.array(z.string()),
  /** Warning-only verdicts unmet, same form. */
  warnings: z.array(z.string()),
  inquiry: z.object({
    status: VerdictStatus,
    negativeAnswerIds: z.array(z.string()),
    pendingAnswerIds: z.array(z.string()),
  }),
  supervision: z.object({
    status: VerdictStatus,
    candidate: z.boolean(),
    triggers: z.array(z.enum(["slow", "poor", "no-result"])),
    triggeredBy: z.array(z.string()),
  }),
  awards: z.object({
    status: VerdictStatus,
    /** `null` while not settled or not applicable. */
    eligible: z.boolean().nullable(),
    triggeredBy: z.array(z.string()),
  }),
  inclusions: z.array(z.object({ key: InclusionKey, zh: z.string(), en: z.string() })),
  explanation: Bilingual,
});
export type UnitYearRecord = z.infer<typeof UnitYearRecord>;
