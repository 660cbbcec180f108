import { z } from "zod";
import { PostCode } from "./postClaim";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/**
 * One volunteer service by a member in a community (ZZ47-BD 二(二)). The flags
 * record the moderation principle (ZZ47-BD 一(二)): service using public power
 * or the unit's resources does not count.
 */
export const VolunteerService = z.strictObject({
  id: RecordId,
  memberId: RecordId,
  date: CalendarDate,
  communityId: RecordId,
  postCode: PostCode.optional(),
  /** What the service was; optional (no rule reads it): absent means not recorded. */
  content: NonEmptyText.optional(),
  usedPublicPower: z.boolean().default(false),
  usedUnitResources: z.boolean().default(false),
});
export type VolunteerService = z.infer<typeof VolunteerService>;
