import * as t from "io-ts";
import { integer, strictObject } from "./codec";
import { StratifyBy } from "./memberDrawRequest";
import { AlgorithmRef, Count, EditionRef } from "./sampleRefs";
import { Sha256Hex } from "./samplingText";

/*
 * A member draw as recorded. An output of the draw, read back as an input
 * when a recorded sample is to be verified (`SpotCheckInput.sample`).
 */

/** How many places one branch got in a stratified draw. */
export const MemberSampleStratum = strictObject("MemberSampleStratum", {
  branchId: t.string,
  populationSize: Count,
  fixed: Count,
  allocated: Count,
  drawn: Count,
});
export type MemberSampleStratum = t.TypeOf<typeof MemberSampleStratum>;

/** A member draw with everything needed to replay it. */
export const MemberSample = strictObject(
  "MemberSample",
  {
    kind: t.literal("member-sample"),
    algorithm: AlgorithmRef,
    organisationId: t.string,
    year: integer("Int"),
    samplingDate: t.string,
    seed: t.string,
    edition: EditionRef,
    rate: t.string,
    populationHash: Sha256Hex,
    populationSize: Count,
    requiredSize: Count,
    options: strictObject("RecordedMemberSampleOptions", {
      stratifyBy: StratifyBy,
      mustVisit: t.array(t.string),
      alreadyVisited: t.array(t.string),
    }),
    mustVisit: t.array(t.string),
    alreadyVisited: t.array(t.string),
    notInScope: t.array(t.string),
    drawn: t.array(t.string),
    sampleSize: Count,
  },
  { strata: t.array(MemberSampleStratum) },
);
export type MemberSample = t.TypeOf<typeof MemberSample>;
