import { z } from "zod";
import { CitationSchema, VerdictStatus } from "../model/verdict";

const Bilingual = z.object({ zh: z.string(), en: z.string() });

export const WarningSeverity = z.enum(["notice", "warning", "urgent"]);
export type WarningSeverity = z.infer<typeof WarningSeverity>;

/** An obligation not met yet whose deadline is still ahead (预警提醒). */
export const EarlyWarning = z.object({
  ruleId: z.string(),
  subject: z.object({ kind: z.string(), id: z.string() }),
  year: z.number().int(),
  /** The period of a periodic duty (`2019-Q4`), or null. */
  period: z.string().nullable(),
  status: VerdictStatus,
  due: z.string(),
  daysLeft: z.number().int(),
  severity: WarningSeverity,
  /** What is still needed: the verdict's fix, or its explanation when it has none. */
  needed: Bilingual,
  citations: z.array(CitationSchema),
  edition: z.object({ id: z.string(), version: z.string() }),
});
export type EarlyWarning = z.infer<typeof EarlyWarning>;

/** An obligation that became overdue in the window (for the 纠偏 list). */
export const OverdueObligation = z.object({
  ruleId: z.string(),
  subject: z.object({ kind: z.string(), id: z.string() }),
  year: z.number().int(),
  period: z.string().nullable(),
  reason: z.string().nullable(),
  due: z.string(),
  daysOverdue: z.number().int(),
  explanation: Bilingual,
  citations: z.array(CitationSchema),
  edition: z.object({ id: z.string(), version: z.string() }),
});
export type OverdueObligation = z.infer<typeof OverdueObligation>;

export const EarlyWarnings = z.object({
  asOf: z.string(),
  overdueSince: z.string().nullable(),
  ahead: z.array(EarlyWarning),
  overdue: z.array(OverdueObligation),
});
export type EarlyWarnings = z.infer<typeof EarlyWarnings>;
