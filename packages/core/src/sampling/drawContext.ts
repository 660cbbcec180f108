import { z } from "zod";
import { toDayNumber, yearOfDay } from "../calendar/dayNumber";
import { CalendarDate, Year } from "../model/primitives";
import { validate } from "../model/validate";
import { assertCanonicalText } from "./canonicalText";
import { CommunityDrawRequest } from "./communityDrawRequest";
import { MemberDrawRequest } from "./memberDrawRequest";
import { SamplingInputError } from "./samplingError";

const Header = z.object({ year: Year, samplingDate: CalendarDate });
const OptionalHeader = z.object({ year: Year.optional(), samplingDate: CalendarDate.optional() });

/**
 * Checks the parts of a member draw request every draw shares: the seed is
 * canonical text, the year is one the programme can have, and the sampling
 * date is a calendar date inside it. Returns the canonical sampling date.
 */
export function checkDrawHeader(request: { year: unknown; samplingDate: unknown; seed: unknown }): string {
  const { samplingDate } = checkedHeader(Header, request);
  return samplingDate as string;
}

/**
 * The same for a community draw, whose year and sampling date are optional
 * (the draw does not depend on them): the year is the sampling date's when
 * only the date is given; `null` stands for what is not known.
 */
export function checkCommunityDrawHeader(request: {
  year?: unknown;
  samplingDate?: unknown;
  seed: unknown;
}): {
  year: number | null;
  samplingDate: string | null;
} {
  const { year, samplingDate } = checkedHeader(OptionalHeader, request);
  const dateYear = samplingDate === undefined ? undefined : yearOfDay(toDayNumber(samplingDate));
  return { year: year ?? dateYear ?? null, samplingDate: samplingDate ?? null };
}

function checkedHeader(
  schema: typeof Header | typeof OptionalHeader,
  request: { year?: unknown; samplingDate?: unknown; seed: unknown },
): { year?: number; samplingDate?: string } {
  assertCanonicalText(request.seed, "Seed", "invalid-seed");
  const header = schema.safeParse({ year: request.year, samplingDate: request.samplingDate });
  if (!header.success) {
    throw new SamplingInputError(
      "invalid-date",
      `Year ${JSON.stringify(request.year)} / sampling date ${JSON.stringify(request.samplingDate)}: ${header.error.issues
        .map((issue) => issue.message)
        .join("; ")}`,
    );
  }
  const { year, samplingDate } = header.data;
  if (year !== undefined && samplingDate !== undefined && yearOfDay(toDayNumber(samplingDate)) !== year) {
    throw new SamplingInputError("date-outside-year", `Sampling date ${samplingDate} is not in ${year}`);
  }
  return header.data;
}

const MemberDrawOptions = MemberDrawRequest.pick({ options: true });
const CommunityDrawDistricts = CommunityDrawRequest.pick({ districts: true });

/**
 * Checks a member draw's options against the schema docs/sampling.md gives
 * (`stratifyBy: "Branch"` or `mustVisit: "m12"` is an `InputError`, not an
 * unstratified draw or must-visit IDs `m`, `1`, `2`). The population is
 * checked by the draw itself (see there).
 */
export function checkMemberDrawOptions(request: { options?: unknown }): void {
  validate(MemberDrawOptions, { options: request.options }, "member draw request");
}

/** Checks a community draw's `districts` against its schema (`"惠济区"` alone is not a list of three). */
export function checkCommunityDrawDistricts(request: { districts?: unknown }): void {
  validate(CommunityDrawDistricts, { districts: request.districts }, "community draw request");
}
