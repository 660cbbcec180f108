import { z } from "zod";
import { OutOfScopeFacts } from "./facts/common";
import {
  CadreBarFacts,
  ClaimPostFacts,
  FeedbackFacts,
  FourMustsFacts,
  ModerationFacts,
  NotExcellentFacts,
  ReportFacts,
  ReReportFacts,
  SelfReportFacts,
  ServiceYearFacts,
} from "./facts/memberFacts";
import { CommunitySampleFacts, SpotCheckFacts, StatsTableFacts } from "./facts/organisationFacts";
import {
  AwardBarFacts,
  CloudMatchFacts,
  FourInclusionsFacts,
  FrequencyFacts,
  InquiryFacts,
  PairCommunityFacts,
  ReceiptFacts,
  RecordCompleteFacts,
  ReportStreetFacts,
  SuperviseFacts,
  ThreeListsFacts,
} from "./facts/unitFacts";

export * from "./facts/common";
export * from "./facts/memberFacts";
export * from "./facts/organisationFacts";
export * from "./facts/unitFacts";

export const VerdictStatus = z.enum(["met", "unmet", "pending", "not-applicable"]);
export type VerdictStatus = z.infer<typeof VerdictStatus>;

/** Whether a verdict binds (feeds a consequence or an assessment) or only warns. */
export const VerdictSeverity = z.enum(["binding", "warning"]);

const Bilingual = z.object({ zh: z.string(), en: z.string() });

export const CitationSchema = z.object({ document: z.string(), clause: z.string(), text: z.string() });

/** A record that was looked at and set aside, with why. */
export const ExcludedRecord = z.object({
  recordId: z.string(),
  reason: z.string(),
  explanation: Bilingual,
});
export type ExcludedRecord = z.infer<typeof ExcludedRecord>;

/** What would turn an unmet verdict into a met one, and the last day it still can. */
export const Fix = z.object({ by: z.string(), zh: z.string(), en: z.string() });
export type Fix = z.infer<typeof Fix>;

/** A task the verdict gives someone (the inspection team's community visit). */
export const Task = z.object({ kind: z.string(), zh: z.string(), en: z.string() });
export type Task = z.infer<typeof Task>;

/** A fact a verdict rests on: plain values only, so it prints and serialises as it is. */
export const FactValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);
export type FactValue = z.infer<typeof FactValue>;

/** What every verdict carries besides its rule and facts. */
const envelope = {
  subject: z.object({ kind: z.enum(["member", "unit", "organisation"]), id: z.string() }),
  year: z.number().int(),
  status: VerdictStatus,
  /** Why it is not met (`late`, `missing`, `count-short`, …), or why pending / not applicable. */
  reason: z.string().optional(),
  /** True when the verdict may still change: an investigation is pending or the year is not over. */
  provisional: z.boolean(),
  severity: VerdictSeverity,
  citations: z.array(CitationSchema),
  /** The records the verdict rests on; named lists in `facts` say what each was (counted, flagged, missed …). */
  recordIds: z.array(z.string()),
  excluded: z.array(ExcludedRecord),
  edition: z.object({ id: z.string(), version: z.string() }),
  explanation: Bilingual,
  /** The last day (inclusive) to meet the obligation, where it has one: what early warnings count down to. */
  due: z.string().optional(),
  fix: Fix.optional(),
  tasks: z.array(Task),
  /** @deprecated Read `facts.triggers` and `facts.pending` of a consequence; this is them as `RULE-ID:reason` text. */
  triggeredBy: z.array(z.string()),
};

function ruleVerdict<const R extends string, F extends z.ZodType>(ruleId: R, facts: F) {
  return z.object({ ruleId: z.literal(ruleId), ...envelope, facts });
}

/** A member or unit rule's facts, or `OutOfScopeFacts` when the programme does not cover the subject that year. */
function inScope<F extends z.ZodType>(facts: F) {
  return z.union([facts, OutOfScopeFacts]);
}

/**
 * One rule's decision for one subject (a member, a unit or an organisation)
 * and one year, with everything an auditor needs to retrace it: rule,
 * citation, facts, records, edition and a sentence in both languages. A union
 * discriminated by `ruleId`: each rule has its own typed facts (exported as
 * `ServiceYearFacts`, `SuperviseFacts`, …; listed in docs/rules.md).
 */
export const Verdict = z.discriminatedUnion("ruleId", [
  ruleVerdict("M-REPORT", inScope(ReportFacts)),
  ruleVerdict("M-REREPORT", inScope(ReReportFacts)),
  ruleVerdict("M-CLAIM-POST", inScope(ClaimPostFacts)),
  ruleVerdict("M-SERVICE-YEAR", inScope(ServiceYearFacts)),
  ruleVerdict("M-FOUR-MUSTS", inScope(FourMustsFacts)),
  ruleVerdict("M-MODERATION", inScope(ModerationFacts)),
  ruleVerdict("M-FEEDBACK", inScope(FeedbackFacts)),
  ruleVerdict("M-SELF-REPORT", inScope(SelfReportFacts)),
  ruleVerdict("M-NOT-EXCELLENT", inScope(NotExcellentFacts)),
  ruleVerdict("M-CADRE-BAR", inScope(CadreBarFacts)),
  ruleVerdict("M-STATS-TABLE", StatsTableFacts),
  ruleVerdict("M-SPOTCHECK-20", SpotCheckFacts),
  ruleVerdict("W-COMMUNITY-SAMPLE", CommunitySampleFacts),
  ruleVerdict("U-REPORT-STREET", inScope(ReportStreetFacts)),
  ruleVerdict("U-PAIR-COMMUNITY", inScope(PairCommunityFacts)),
  ruleVerdict("U-RECEIPT", inScope(ReceiptFacts)),
  ruleVerdict("U-MEETING-QUARTER", inScope(FrequencyFacts)),
  ruleVerdict("U-THEMEDAY-HALF", inScope(FrequencyFacts)),
  ruleVerdict("U-VOLUNTEER-MONTH", inScope(FrequencyFacts)),
  ruleVerdict("U-RECORD-COMPLETE", inScope(RecordCompleteFacts)),
  ruleVerdict("U-CLOUD-MATCH", inScope(CloudMatchFacts)),
  ruleVerdict("U-INQUIRY", inScope(InquiryFacts)),
  ruleVerdict("U-THREE-LISTS", inScope(ThreeListsFacts)),
  ruleVerdict("U-SUPERVISE", inScope(SuperviseFacts)),
  ruleVerdict("U-AWARD-BAR", inScope(AwardBarFacts)),
  ruleVerdict("U-FOUR-INCLUSIONS", inScope(FourInclusionsFacts)),
]);
export type Verdict = z.infer<typeof Verdict>;

/** The rule IDs a verdict can carry. */
export type VerdictRuleId = Verdict["ruleId"];

/** The verdict of one rule, with its facts typed. */
export type VerdictOf<R extends VerdictRuleId> = Extract<Verdict, { ruleId: R }>;

/** The facts schema of each rule (without the out-of-scope alternative), for docs and tools. */
export const FACTS_BY_RULE = {
  "M-REPORT": ReportFacts,
  "M-REREPORT": ReReportFacts,
  "M-CLAIM-POST": ClaimPostFacts,
  "M-SERVICE-YEAR": ServiceYearFacts,
  "M-FOUR-MUSTS": FourMustsFacts,
  "M-MODERATION": ModerationFacts,
  "M-FEEDBACK": FeedbackFacts,
  "M-SELF-REPORT": SelfReportFacts,
  "M-NOT-EXCELLENT": NotExcellentFacts,
  "M-CADRE-BAR": CadreBarFacts,
  "M-STATS-TABLE": StatsTableFacts,
  "M-SPOTCHECK-20": SpotCheckFacts,
  "W-COMMUNITY-SAMPLE": CommunitySampleFacts,
  "U-REPORT-STREET": ReportStreetFacts,
  "U-PAIR-COMMUNITY": PairCommunityFacts,
  "U-RECEIPT": ReceiptFacts,
  "U-MEETING-QUARTER": FrequencyFacts,
  "U-THEMEDAY-HALF": FrequencyFacts,
  "U-VOLUNTEER-MONTH": FrequencyFacts,
  "U-RECORD-COMPLETE": RecordCompleteFacts,
  "U-CLOUD-MATCH": CloudMatchFacts,
  "U-INQUIRY": InquiryFacts,
  "U-THREE-LISTS": ThreeListsFacts,
  "U-SUPERVISE": SuperviseFacts,
  "U-AWARD-BAR": AwardBarFacts,
  "U-FOUR-INCLUSIONS": FourInclusionsFacts,
} as const satisfies Record<VerdictRuleId, z.ZodObject>;

/** The facts of a rule when the programme covers the subject. */
export type RuleFacts<R extends VerdictRuleId> = z.infer<(typeof FACTS_BY_RULE)[R]>;

/** A rule's verdict for a subject in scope: facts typed without the out-of-scope alternative. */
export type InScopeVerdictOf<R extends VerdictRuleId> = Omit<VerdictOf<R>, "facts"> & { facts: RuleFacts<R> };

/** Whether a verdict's facts are the out-of-scope ones (the programme does not cover the subject that year). */
export function isOutOfScope(facts: object): facts is z.infer<typeof OutOfScopeFacts> {
  return (facts as { outOfScope?: unknown }).outOfScope === true;
}
