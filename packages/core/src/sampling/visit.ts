import { z } from "zod";
import { CalendarDate, RecordId } from "../model/primitives";

/** How a 机关党组织 checked on a member (ZZ47-BD 三(三)): only a field visit counts toward the 20%. */
export const VisitKind = z.enum(["phone", "letter", "field-visit"]);
export type VisitKind = z.infer<typeof VisitKind>;

/** One check on one member (电话、信函、实地走访). */
export const Visit = z.strictObject({
  id: RecordId,
  memberId: RecordId,
  date: CalendarDate,
  kind: VisitKind,
});
export type Visit = z.infer<typeof Visit>;
export type VisitInput = z.input<typeof Visit>;

/** One visit of 工委 to a community (W-COMMUNITY-SAMPLE): only a field visit counts. */
export const CommunityVisit = z.object({
  id: RecordId,
  communityId: RecordId,
  date: CalendarDate,
  kind: VisitKind,
});
export type CommunityVisit = z.infer<typeof CommunityVisit>;
export type CommunityVisitInput = z.input<typeof CommunityVisit>;

/** 工委's published findings of the year's community visits (并将了解情况进行通报). */
export const FindingsPublication = z.object({
  id: RecordId,
  date: CalendarDate,
});
export type FindingsPublication = z.infer<typeof FindingsPublication>;
