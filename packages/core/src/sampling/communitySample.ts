import { z } from "zod";
import { AlgorithmRefSchema, EditionRefSchema, Sha256Hex } from "./samplingText";

const Count = z.number().int().min(0);

/** One district's part of a community draw. */
export const DistrictSample = z.object({
  district: z.string(),
  /** Communities of the district with members. */
  communities: Count,
  /** min(communitiesPerDistrict, communities). */
  required: Count,
  /** The communities drawn, lowest rank first. */
  drawn: z.array(z.string()),
});
export type DistrictSample = z.infer<typeof DistrictSample>;

/** A community draw (`W-COMMUNITY-SAMPLE`) with everything needed to replay it. */
export const CommunitySample = z.object({
  kind: z.literal("community-sample"),
  algorithm: AlgorithmRefSchema,
  /** As given; `null` when the request named no committee, year or sampling date (the draw does not depend on them). */
  committeeId: z.string().nullable(),
  year: z.number().int().nullable(),
  samplingDate: z.string().nullable(),
  seed: z.string(),
  edition: EditionRefSchema,
  /** The edition's `sampling.communitiesPerDistrict`. */
  communitiesPerDistrict: Count,
  /** SHA-256 of the canonical list of communities with members (`id TAB district` lines). */
  populationHash: Sha256Hex,
  /** Communities with members. */
  populationSize: Count,
  /** The districts asked for, de-duplicated and sorted by code point. */
  options: z.object({ districts: z.array(z.string()) }),
  /** Every district with a community with members or asked for, sorted by code point. */
  districts: z.array(DistrictSample),
});
export type CommunitySample = z.infer<typeof CommunitySample>;

/** Every community a sample asks to visit, district by district. */
export function sampledCommunityIds(sample: Pick<CommunitySample, "districts">): string[] {
  return sample.districts.flatMap((d) => d.drawn);
}
