import * as t from "io-ts";
import { strictObject, withPrefault } from "./codec";
import { MemberSampleOptions, PopulationEntry } from "./memberDrawRequest";
import { CalendarDate, Year } from "./primitives";
import { SamplingId, SamplingText } from "./samplingText";

/** The year's member draw, or, without `seed` and `samplingDate`, only what counting the visits needs. */
export const SpotCheckDraw = strictObject(
  "SpotCheckDraw",
  {
    organisationId: SamplingId,
    year: Year,
    population: t.array(PopulationEntry),
    options: withPrefault(MemberSampleOptions, () => ({})),
  },
  { samplingDate: CalendarDate, seed: SamplingText },
);
export type SpotCheckDraw = t.TypeOf<typeof SpotCheckDraw>;
