import { z } from "zod";
import { CalendarDate, Year } from "../model/primitives";
import { SamplingId, SamplingText } from "./samplingText";

/**
 * One member of the population, as the draw reads it. A `Member` of the data
 * model fits as it is; other fields are ignored. In scope on the sampling
 * date: `inService` and `inScopeFrom` absent or on/before that date.
 */
export const PopulationMember = z.object({
  id: SamplingId,
  /** Needed only for a draw stratified by branch. */
  branchId: SamplingId.optional(),
  inService: z.boolean(),
  inScopeFrom: CalendarDate.optional(),
});
export type PopulationMember = z.infer<typeof PopulationMember>;

/**
 * The population: `Member`-like objects (filtered by scope on the sampling
 * date), or plain member IDs, which are taken as in scope and carry no
 * branch. The same ID may not appear twice.
 */
export const PopulationEntry = z.union([SamplingId, PopulationMember]);
export type PopulationEntry = z.infer<typeof PopulationEntry>;

export const StratifyBy = z.enum(["none", "branch"]);
export type StratifyBy = z.infer<typeof StratifyBy>;

/**
 * How to draw. Every option is recorded in the sample and replayed by
 * verification. Unknown keys are refused, as by every other options schema: a
 * misspelt `mustvisit` would otherwise draw without the members it names.
 */
export const MemberSampleOptions = z.strictObject({
  /** `branch`: each branch (`branchId`) gets a proportional share, at least one. */
  stratifyBy: StratifyBy.default("none"),
  /** Members the organisation names to visit in any case; they count toward the size. */
  mustVisit: z.array(SamplingId).default([]),
  /** Members already field-visited this year (a top-up draw): they count toward the size and are not drawn. */
  alreadyVisited: z.array(SamplingId).default([]),
});
export type MemberSampleOptions = z.infer<typeof MemberSampleOptions>;
export type MemberSampleOptionsInput = z.input<typeof MemberSampleOptions>;

/**
 * Everything a member draw depends on besides the edition: draw and
 * verification are pure functions of this and the edition.
 */
export const MemberDrawRequest = z.object({
  /** The 机关党组织 whose members are sampled. */
  organisationId: SamplingId,
  year: Year,
  /** The day the population is frozen; must fall in `year`. */
  samplingDate: CalendarDate,
  /** Public, unpredictable text fixed after the population (see docs/sampling.md). */
  seed: SamplingText,
  population: z.array(PopulationEntry),
  options: MemberSampleOptions.prefault({}),
});
export type MemberDrawRequest = z.infer<typeof MemberDrawRequest>;
/** What the draw functions accept: a parsed request fits, and so does raw data of the same shape. */
export type MemberDrawRequestInput = z.input<typeof MemberDrawRequest>;
