import { z } from "zod";
import { DateText } from "./common";

/** `M-STATS-TABLE`: the statistics table's deadline and submission. */
export const StatsTableFacts = z.strictObject({
  deadline: DateText.nullable().describe("last day to send the table this year, or null when none"),
  submittedOn: DateText.nullable().describe("day it was sent"),
  asOf: DateText.nullable().describe("the as-of day, or null"),
});
export type StatsTableFacts = z.infer<typeof StatsTableFacts>;

/** What both sampling verdicts say about the draw behind them. */
const draw = {
  samplingDate: DateText.describe("the sampling date the population was taken on"),
  seed: z.string().describe("the public seed of the draw"),
  populationHash: z.string().describe("SHA-256 of the population's canonical text"),
  algorithm: z.string().describe("the draw algorithm, `name@version`"),
  sampleVerified: z
    .boolean()
    .nullable()
    .describe("the recorded sample re-derived equal (true), not (false), or unchecked (null)"),
  sampleDifferences: z.array(z.string()).describe("kinds of difference found when re-deriving"),
  asOf: DateText.nullable().describe("the as-of day, or null"),
};

/** Said of a fact about the draw, which is null when the visits were counted without one (no seed). */
const WITHOUT_DRAW = ", or null when counted without a draw";

/**
 * `M-SPOTCHECK-20`: field visits against the 20% rate, and against the sample
 * when there is a draw. Without one (`draw` with no seed and sampling date)
 * the facts about the draw are null and `sampleDifferences` is empty.
 */
export const SpotCheckFacts = z.strictObject({
  ...draw,
  samplingDate: DateText.nullable().describe(`the sampling date the population was taken on${WITHOUT_DRAW}`),
  seed: z.string().nullable().describe(`the public seed of the draw${WITHOUT_DRAW}`),
  populationHash: z
    .string()
    .describe("SHA-256 of the population's canonical text (as a draw would hash it, also without a draw)"),
  algorithm: z.string().nullable().describe(`the draw algorithm, \`name@version\`${WITHOUT_DRAW}`),
  rate: z.string().describe("the spot-check rate as an exact fraction"),
  ratePercent: z.string().describe("the rate as a percentage, for display"),
  populationSize: z
    .number()
    .int()
    .describe("members in scope on the sampling date (without a draw: on the as-of day, or 12-31)"),
  requiredCount: z.number().int().describe("field visits required"),
  visitedCount: z.number().int().describe("members field-visited in the year"),
  shortfall: z.number().int().describe("visits still missing"),
  sampleSize: z.number().int().nullable().describe(`members drawn${WITHOUT_DRAW}`),
  sampledVisitedCount: z.number().int().nullable().describe(`drawn members visited${WITHOUT_DRAW}`),
  sampledNotVisited: z
    .array(z.string())
    .nullable()
    .describe(`drawn members not visited, in draw order${WITHOUT_DRAW}`),
  visitedOutsideSampleCount: z
    .number()
    .int()
    .nullable()
    .describe(`visited members who were not drawn${WITHOUT_DRAW}`),
});
export type SpotCheckFacts = z.infer<typeof SpotCheckFacts>;

/** `W-COMMUNITY-SAMPLE`: the committee's community visits per district. */
export const CommunitySampleFacts = z.strictObject({
  ...draw,
  samplingDate: DateText.nullable().describe(
    "the sampling date the list of communities was taken on, or null when the draw named none",
  ),
  communitiesPerDistrict: z.number().int().describe("communities to visit per district (1 or 2)"),
  districtCount: z.number().int().describe("districts with communities with members"),
  populationSize: z.number().int().describe("communities in the population"),
  requiredCount: z.number().int().describe("community visits required"),
  visitedCount: z.number().int().describe("communities visited"),
  shortDistricts: z.array(z.string()).describe("districts short of visits, as `district visited/required`"),
  sampledNotVisited: z.array(z.string()).describe("drawn communities not visited"),
  publicationAssessed: z.boolean().describe("whether publication of the findings is assessed"),
  publishedOn: DateText.nullable().describe("day the findings were published"),
});
export type CommunitySampleFacts = z.infer<typeof CommunitySampleFacts>;
