import { z } from "zod";
import { StratifyBy } from "./memberDrawRequest";
import { AlgorithmRefSchema, EditionRefSchema, Sha256Hex } from "./samplingText";

const Count = z.number().int().min(0);

/** How many places one branch got in a stratified draw. */
export const MemberSampleStratum = z.object({
  branchId: z.string(),
  /** Members of the branch in scope. */
  populationSize: Count,
  /** Must-visit and already-visited members of the branch. */
  fixed: Count,
  /** The branch's share of the required size (fixed members included). */
  allocated: Count,
  /** Members drawn from it: `allocated − fixed`, or 0. */
  drawn: Count,
});
export type MemberSampleStratum = z.infer<typeof MemberSampleStratum>;

/**
 * A member draw with everything needed to replay it. The members to
 * field-visit are `mustVisit` then `drawn`; `alreadyVisited` count toward the
 * size without being drawn.
 */
export const MemberSample = z.object({
  kind: z.literal("member-sample"),
  algorithm: AlgorithmRefSchema,
  organisationId: z.string(),
  year: z.number().int(),
  samplingDate: z.string(),
  seed: z.string(),
  edition: EditionRefSchema,
  /** The edition's rate as the exact decimal the size was computed from. */
  rate: z.string(),
  /** SHA-256 of the canonical in-scope population (docs/sampling.md, "Population hash"). */
  populationHash: Sha256Hex,
  populationSize: Count,
  /** ceil(rate × populationSize). */
  requiredSize: Count,
  /** The options as given, each list de-duplicated and sorted by code point. */
  options: z.object({
    stratifyBy: StratifyBy,
    mustVisit: z.array(z.string()),
    alreadyVisited: z.array(z.string()),
  }),
  /** Must-visit members in scope, sorted. */
  mustVisit: z.array(z.string()),
  /** Already-visited members in scope, sorted. */
  alreadyVisited: z.array(z.string()),
  /** IDs of the two option lists that are not in scope, sorted; they play no part. */
  notInScope: z.array(z.string()),
  /** Members drawn, lowest rank first. */
  drawn: z.array(z.string()),
  /** Members to field-visit: must-visit plus drawn. */
  sampleSize: Count,
  /** Per branch, when stratified; sorted by branch ID. */
  strata: z.array(MemberSampleStratum).optional(),
});
export type MemberSample = z.infer<typeof MemberSample>;

/** The members a sample asks to field-visit: must-visit first, then drawn in rank order. */
export function sampledMemberIds(sample: Pick<MemberSample, "mustVisit" | "drawn">): string[] {
  return [...sample.mustVisit, ...sample.drawn];
}
