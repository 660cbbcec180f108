import * as t from "io-ts";
import * as zod from "../sampling/communityDrawRequest";
import { bound, integer, listOrEmpty, strictObject } from "./codec";
import { CalendarDate, Year } from "./primitives";
import { SamplingId, SamplingText } from "./samplingText";

/** A community and its district, with how many members in scope live there (absent: "has members"). */
export const CommunityEntry = strictObject(
  "CommunityEntry",
  { id: SamplingId, district: SamplingText },
  {
    members: integer(
      "Count",
      bound(zod.CommunityEntry.shape.members.unwrap().minValue, "CommunityEntry.members minimum"),
    ),
  },
);
export type CommunityEntry = t.TypeOf<typeof CommunityEntry>;

/** Everything a community draw depends on besides the edition. */
export const CommunityDrawRequest = strictObject(
  "CommunityDrawRequest",
  {
    seed: SamplingText,
    communities: t.array(CommunityEntry),
    districts: listOrEmpty(SamplingText),
  },
  { committeeId: SamplingId, year: Year, samplingDate: CalendarDate },
);
export type CommunityDrawRequest = t.TypeOf<typeof CommunityDrawRequest>;
