import * as t from "io-ts";
import { listOrEmpty, strictObject } from "./codec";
import { CommunityDrawRequest } from "./communityDrawRequest";
import { CommunitySample } from "./communitySample";
import { CalendarDate } from "./primitives";
import { CommunityVisit, FindingsPublication } from "./visit";

/** What `W-COMMUNITY-SAMPLE` is decided on for one committee and year; absent `findings` are not assessed. */
export const CommunitySampleCheckInput = strictObject(
  "CommunitySampleCheckInput",
  { draw: CommunityDrawRequest, visits: listOrEmpty(CommunityVisit) },
  { sample: CommunitySample, findings: t.array(FindingsPublication), asOf: CalendarDate },
);
export type CommunitySampleCheckInput = t.TypeOf<typeof CommunitySampleCheckInput>;
