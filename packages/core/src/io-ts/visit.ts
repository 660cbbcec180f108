import type * as t from "io-ts";
import * as zod from "../sampling/visit";
import { closedObject, oneOf, strictObject } from "./codec";
import { CalendarDate, RecordId } from "./primitives";

/** How a check was made (电话、信函、实地走访); only a field visit counts toward the spot checks. */
export const VisitKind = oneOf("VisitKind", zod.VisitKind.options);
export type VisitKind = t.TypeOf<typeof VisitKind>;

/** One check on one member (ZZ47-BD 三(三)). */
export const Visit = closedObject("Visit", {
  id: RecordId,
  memberId: RecordId,
  date: CalendarDate,
  kind: VisitKind,
});
export type Visit = t.TypeOf<typeof Visit>;

/** One visit of 工委 to a community (W-COMMUNITY-SAMPLE). */
export const CommunityVisit = strictObject("CommunityVisit", {
  id: RecordId,
  communityId: RecordId,
  date: CalendarDate,
  kind: VisitKind,
});
export type CommunityVisit = t.TypeOf<typeof CommunityVisit>;

/** 工委's published findings of the year's community visits (通报). */
export const FindingsPublication = strictObject("FindingsPublication", { id: RecordId, date: CalendarDate });
export type FindingsPublication = t.TypeOf<typeof FindingsPublication>;
