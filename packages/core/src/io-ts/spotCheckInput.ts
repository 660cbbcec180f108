import type * as t from "io-ts";
import { listOrEmpty, strictObject } from "./codec";
import { MemberSample } from "./memberSample";
import { CalendarDate } from "./primitives";
import { SpotCheckDraw } from "./spotCheckDraw";
import { Visit } from "./visit";

/** What `M-SPOTCHECK-20` is decided on for one organisation and year. */
export const SpotCheckInput = strictObject(
  "SpotCheckInput",
  { draw: SpotCheckDraw, visits: listOrEmpty(Visit) },
  { sample: MemberSample, asOf: CalendarDate },
);
export type SpotCheckInput = t.TypeOf<typeof SpotCheckInput>;
