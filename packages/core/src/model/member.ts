import { z } from "zod";
import { CalendarDate, Name, RecordId } from "./primitives";

/**
 * A party member of a unit. Only in-service members (在职党员) are in scope of
 * the member programme. `inScopeFrom` is set when a member came into scope after
 * the programme began (new post, transfer): their first report is then due
 * within the re-report grace of that date.
 */
export const Member = z.strictObject({
  id: RecordId,
  /** Display name; optional (the regulation does not need it): shown as the ID when absent. */
  name: Name.optional(),
  unitId: RecordId,
  /**
   * The member's branch (支部), a party organisation of the unit; optional: a
   * member of a unit without branches, or whose branch the register does not
   * keep, is counted on the unit's own line of the statistics table
   * (「（未分支部）」). When given, it must name a record of `organisations`
   * (if the dataset has any).
   */
  branchId: RecordId.optional(),
  inService: z.boolean(),
  inScopeFrom: CalendarDate.optional(),
  /** Years in which the member is a candidate under inspection for cadre selection (组织考察对象). */
  cadreCandidateYears: z.array(z.number().int()).default([]),
  /**
   * Community events the member attended, by event ID: the short form of
   * `attendances` records for a register that keeps no attendance IDs. Read
   * together with the member's attendance records (`M-FOUR-MUSTS`); an event
   * given twice, here or here and in an attendance record, is refused.
   */
  attendedEventIds: z.array(RecordId).optional(),
});
export type Member = z.infer<typeof Member>;
export type MemberInput = z.input<typeof Member>;
