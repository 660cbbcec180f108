import { z } from "zod";

/** A calendar date `YYYY-MM-DD` (Asia/Shanghai), as every verdict writes dates. */
export const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A period a periodic rule is decided for: `2019-10`, `2019-Q4`, `2019-H2` or `2019`, first and last day inclusive. */
export const VerdictPeriod = z.strictObject({
  kind: z.enum(["month", "quarter", "half-year", "year"]),
  id: z.string(),
  from: DateText,
  to: DateText,
});
export type VerdictPeriod = z.infer<typeof VerdictPeriod>;

/** A settled verdict that fires a consequence: its rule, its reason, and its period when it has one. */
export const ConsequenceTrigger = z.strictObject({
  ruleId: z.string(),
  reason: z.string(),
  period: z.string().optional(),
});
export type ConsequenceTrigger = z.infer<typeof ConsequenceTrigger>;

/**
 * Something a consequence still waits for: a duty not yet due or overdue, an
 * investigation, or (as the consequence's own rule, `year-not-over`) the year
 * itself. `until` is the day it settles by, where one is known.
 */
export const PendingItem = z.strictObject({
  ruleId: z.string(),
  reason: z.string(),
  until: DateText.optional(),
  period: z.string().optional(),
});
export type PendingItem = z.infer<typeof PendingItem>;

/** The facts of a verdict for a subject the programme does not cover that year (not in service, before the start). */
export const OutOfScopeFacts = z.strictObject({
  outOfScope: z.literal(true),
  inService: z.boolean().optional(),
  programmeStart: DateText.optional(),
});
export type OutOfScopeFacts = z.infer<typeof OutOfScopeFacts>;
