import { z } from "zod";
import { CalendarDate, Year } from "../model/primitives";
import { SamplingId, SamplingText } from "./samplingText";

/** A community (社区) and its district (县(市)区), with how many members in scope live there. */
export const CommunityEntry = z.object({
  id: SamplingId,
  /** 县(市)区, exactly as the residence records write it. */
  district: SamplingText,
  /** Members in scope living there on the sampling date; absent means "has members". Only communities with members are drawn from. */
  members: z.number().int().min(0).optional(),
});
export type CommunityEntry = z.infer<typeof CommunityEntry>;

/**
 * Everything a community draw depends on besides the edition. Only the seed
 * and the communities decide the draw: the committee, year and sampling date
 * are recorded when given (`null` in the sample when not), and the year is
 * taken from the sampling date when only the date is given.
 */
export const CommunityDrawRequest = z.object({
  /** The committee (工委) that draws. */
  committeeId: SamplingId.optional(),
  year: Year.optional(),
  /** The day the list of communities is frozen; must fall in `year` when both are given. */
  samplingDate: CalendarDate.optional(),
  /** Public, unpredictable text fixed after the community list (see docs/sampling.md). */
  seed: SamplingText,
  communities: z.array(CommunityEntry),
  /** Districts to report on even if none of their communities has members (so they show as 0). */
  districts: z.array(SamplingText).default([]),
});
export type CommunityDrawRequest = z.infer<typeof CommunityDrawRequest>;
export type CommunityDrawRequestInput = z.input<typeof CommunityDrawRequest>;
