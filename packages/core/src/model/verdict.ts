import { z } from "zod";

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

/**
 * One rule's decision for one subject (a member or a unit) and one year, with
 * everything an auditor needs to retrace it: rule, citation, facts, records,
 * edition and a sentence in both languages.
 */
export const Verdict = z.object({
  ruleId: z.string(),
  subject: z.object({ kind: z.enum(["member", "unit", "organisation"]), id: z.string() }),
  year: z.number().int(),
  status: VerdictStatus,
  /** Why it is not met (`late`, `missing`, `count-short`, …), or why pending / not applicable. */
  reason: z.string().optional(),
  /** True when the verdict may still change: an investigation is pending or the year is not over. */
  provisional: z.boolean(),
  severity: VerdictSeverity,
  citations: z.array(CitationSchema),
  recordIds: z.array(z.string()),
  facts: z.record(z.string(), FactValue),
  excluded: z.array(ExcludedRecord),
  edition: z.object({ id: z.string(), version: z.string() }),
  explanation: Bilingual,
  /** The last day (inclusive) to meet the obligation, where it has one: what early warnings count down to. */
  due: z.string().optional(),
  fix: Fix.optional(),
  tasks: z.array(Task),
  /** For consequences: the verdicts that triggered it, as `RULE-ID:reason`. */
  triggeredBy: z.array(z.string()),
});
export type Verdict = z.infer<typeof Verdict>;
