import * as t from "io-ts";
import { integer, nullable, strictObject } from "./codec";
import { AlgorithmRef, Count, EditionRef } from "./sampleRefs";
import { Sha256Hex } from "./samplingText";

/*
 * A community draw as recorded. An output of the draw, read back as an input
 * when a recorded sample is to be verified (`CommunitySampleCheckInput.sample`).
 */

/** One district's part of a community draw. */
export const DistrictSample = strictObject("DistrictSample", {
  district: t.string,
  communities: Count,
  required: Count,
  drawn: t.array(t.string),
});
export type DistrictSample = t.TypeOf<typeof DistrictSample>;

/** A community draw (`W-COMMUNITY-SAMPLE`) with everything needed to replay it. */
export const CommunitySample = strictObject("CommunitySample", {
  kind: t.literal("community-sample"),
  algorithm: AlgorithmRef,
  committeeId: nullable(t.string),
  year: nullable(integer("Int")),
  samplingDate: nullable(t.string),
  seed: t.string,
  edition: EditionRef,
  communitiesPerDistrict: Count,
  populationHash: Sha256Hex,
  populationSize: Count,
  options: strictObject("RecordedCommunitySampleOptions", { districts: t.array(t.string) }),
  districts: t.array(DistrictSample),
});
export type CommunitySample = t.TypeOf<typeof CommunitySample>;
