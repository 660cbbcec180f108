import { z } from "zod";
import { fromDayNumber } from "../calendar/dayNumber";
import type { Edition } from "../editions/edition";
import { CalendarDate } from "../model/primitives";
import { InputError, validate } from "../model/validate";
import type { VerdictOf } from "../model/verdict";
import { buildVerdict, type VerdictParts } from "../rules/buildVerdict";
import { countFieldVisits } from "./datedVisits";
import { drawMemberSampleWithPopulation } from "./drawMemberSample";
import { type ExactRate, exactRate, percentText, requiredSampleSize } from "./exactRate";
import { prepareMemberPopulation } from "./memberPopulation";
import { MemberSample, sampledMemberIds } from "./memberSample";
import { SpotCheckDraw } from "./spotCheckDraw";
import { type MemberSampleVerification, verifyMemberSample } from "./verifyMemberSample";
import { Visit } from "./visit";

/** What `M-SPOTCHECK-20` is decided on for one organisation and year. */
export const SpotCheckInput = z.object({
  /**
   * The inputs of the year's draw (population, seed, options…); without
   * `seed` and `samplingDate`, only the organisation, year and population:
   * the visits are then counted against the rate and nothing is drawn.
   */
  draw: SpotCheckDraw,
  /** The sample as recorded, to be verified against `draw`; when absent it is re-derived (needs a seed). */
  sample: MemberSample.optional(),
  visits: z.array(Visit).default([]),
  /** Judge the year as it stood on this day; leave out to judge with everything on record. */
  asOf: CalendarDate.optional(),
});
export type SpotCheckInput = z.input<typeof SpotCheckInput>;

const FIRST_NAMED = 5;

function listed(ids: readonly string[], separator: string): string {
  const named = ids.slice(0, FIRST_NAMED).join(separator);
  return ids.length > FIRST_NAMED ? `${named}${separator}…` : named;
}

/**
 * `M-SPOTCHECK-20` (ZZ47-BD 三(三)) for one 机关党组织 and year: the distinct
 * members in the draw's population field-visited in the year reach
 * ceil(rate × population). Phone calls and letters do not count, nor does a
 * second visit to the same member. The verdict also lists the sampled
 * members not visited, and whether the recorded sample verifies.
 *
 * `met` once the count is reached; while the year is open (as-of before
 * 12-31) a shortfall is `pending` with a fix, after it `unmet` (`count-short`).
 * An organisation without members in scope is `not-applicable`.
 */
export function decideSpotCheck(input: SpotCheckInput, edition: Edition): VerdictOf<"M-SPOTCHECK-20"> {
  const visits = validate(z.array(Visit), input.visits ?? [], "visits");
  const asOf = input.asOf === undefined ? undefined : validate(CalendarDate, input.asOf, "asOf");
  const basis = spotCheckBasis(input, asOf, edition);
  const { year, drawn } = basis;
  const counted = countFieldVisits(
    visits.map((v) => ({ id: v.id, target: v.memberId, date: v.date, kind: v.kind })),
    year,
    asOf,
    new Set(basis.populationIds),
    "member",
  );
  const visitedSet = new Set(counted.visited);
  const sampled = drawn?.sampled ?? [];
  const sampledSet = new Set(sampled);
  const sampledNotVisited = sampled.filter((id) => !visitedSet.has(id));
  const verification = drawn?.verification;
  const required = basis.requiredSize;
  const visitedCount = counted.visited.length;
  const shortfall = Math.max(0, required - visitedCount);
  const percent = percentText(edition.parameters.sampling.spotCheckRate);
  const yearEnd = fromDayNumber(counted.yearEnd);

  const facts = {
    rate: basis.rate.text,
    ratePercent: percent,
    populationSize: basis.populationIds.length,
    requiredCount: required,
    visitedCount,
    shortfall,
    samplingDate: drawn?.sample.samplingDate ?? null,
    seed: drawn?.sample.seed ?? null,
    populationHash: basis.populationHash,
    algorithm:
      drawn === undefined ? null : `${drawn.sample.algorithm.name}@${drawn.sample.algorithm.version}`,
    sampleSize: drawn?.sample.sampleSize ?? null,
    sampledVisitedCount: drawn === undefined ? null : sampled.length - sampledNotVisited.length,
    sampledNotVisited: drawn === undefined ? null : sampledNotVisited,
    visitedOutsideSampleCount:
      drawn === undefined ? null : counted.visited.filter((id) => !sampledSet.has(id)).length,
    sampleVerified: verification === undefined ? null : verification.ok,
    sampleDifferences: verification === undefined ? [] : verification.differences.map((d) => d.kind),
    asOf: asOf ?? null,
  };
  const rounding = {
    zh: `在册在职党员 ${facts.populationSize} 名的 ${percent}，向上取整`,
    en: `${percent} of ${facts.populationSize} members in scope, rounded up`,
  };
  const notVisitedNote =
    sampledNotVisited.length === 0
      ? { zh: "", en: "" }
      : {
          zh: `；抽中的 ${sampledNotVisited.length} 名党员尚未走访（${listed(sampledNotVisited, "、")}）`,
          en: `; ${sampledNotVisited.length} sampled member(s) not visited (${listed(sampledNotVisited, ", ")})`,
        };
  const verifyNote =
    verification === undefined || verification.ok
      ? { zh: "", en: "" }
      : {
          zh: "；登记的抽样结果与重新抽取的结果不符",
          en: "; the recorded sample does not match the one re-derived from its inputs",
        };
  const parts: Pick<VerdictParts, "recordIds" | "excluded" | "facts"> = {
    recordIds: counted.recordIds,
    excluded: counted.excluded,
    facts,
  };
  const scope = {
    subject: { kind: "organisation" as const, id: basis.organisationId },
    year,
    edition: { id: edition.id, version: edition.version },
  };

  if (facts.populationSize === 0) {
    return buildVerdict(scope, "M-SPOTCHECK-20", {
      ...parts,
      status: "not-applicable",
      reason: "no-members-in-scope",
      explanation: {
        zh: `${basis.populationDay}${drawn === undefined ? "" : " 抽样时"}本组织没有在职党员，无需实地走访抽查。`,
        en: `The organisation had no members in scope on ${drawn === undefined ? "" : "the sampling date "}${basis.populationDay}, so there is no one to field-visit.`,
      },
    });
  }
  if (verification !== undefined && !verification.ok) {
    // A sample that does not replay is no proof the visits reached a fair draw: not met, whatever the count.
    return buildVerdict(scope, "M-SPOTCHECK-20", {
      ...parts,
      status: "unmet",
      reason: "sample-not-verified",
      explanation: {
        zh: `登记的抽样结果与按其种子、日期和名单重新抽取的结果不符（${facts.sampleDifferences.join("、")}），走访 ${visitedCount} 名不能作为已完成 ${required} 名抽查的依据。`,
        en: `Not met: the recorded sample does not match the one re-derived from its seed, date and population (${facts.sampleDifferences.join(", ")}), so the ${visitedCount} visit(s) cannot show the required ${required} were made.`,
      },
    });
  }
  if (visitedCount >= required) {
    return buildVerdict(scope, "M-SPOTCHECK-20", {
      ...parts,
      status: "met",
      explanation: {
        zh: `${year} 年实地走访党员 ${visitedCount} 名，达到应走访人数 ${required} 名（${rounding.zh}）${notVisitedNote.zh}${verifyNote.zh}。`,
        en: `Field-visited ${visitedCount} member(s) in ${year}, at least the required ${required} (${rounding.en})${notVisitedNote.en}${verifyNote.en}.`,
      },
    });
  }
  const nextToVisit = sampledNotVisited.slice(0, shortfall);
  const suggestion =
    nextToVisit.length === 0
      ? { zh: "", en: "" }
      : {
          zh: `，按抽样顺序为 ${listed(nextToVisit, "、")}`,
          en: `, next in the sample: ${listed(nextToVisit, ", ")}`,
        };
  if (counted.yearOpen) {
    return buildVerdict(scope, "M-SPOTCHECK-20", {
      ...parts,
      status: "pending",
      reason: "in-progress",
      provisional: true,
      explanation: {
        zh: `截至 ${asOf} 实地走访党员 ${visitedCount} 名，距应走访人数 ${required} 名（${rounding.zh}）还差 ${shortfall} 名，电话、信函不计入${verifyNote.zh}。`,
        en: `By ${asOf}, ${visitedCount} member(s) field-visited, ${shortfall} short of the required ${required} (${rounding.en}); phone calls and letters do not count${verifyNote.en}.`,
      },
      fix: {
        by: yearEnd,
        zh: `${yearEnd} 前再实地走访 ${shortfall} 名党员${suggestion.zh}`,
        en: `field-visit ${shortfall} more member${shortfall === 1 ? "" : "s"} by ${yearEnd}${suggestion.en}`,
      },
    });
  }
  return buildVerdict(scope, "M-SPOTCHECK-20", {
    ...parts,
    status: "unmet",
    reason: "count-short",
    explanation: {
      zh: `${year} 年仅实地走访党员 ${visitedCount} 名，少于应走访人数 ${required} 名（${rounding.zh}），电话、信函不计入${verifyNote.zh}。`,
      en: `Only ${visitedCount} member(s) were field-visited in ${year}, fewer than the required ${required} (${rounding.en}); phone calls and letters do not count${verifyNote.en}.`,
    },
  });
}

/** The population the visits are counted against and, when the input has a seed, the draw and its check. */
interface SpotCheckBasis {
  organisationId: string;
  year: number;
  /** Members in scope, on the sampling date or (without a draw) on {@link SpotCheckBasis.populationDay}. */
  populationIds: readonly string[];
  populationHash: string;
  /** The day the population was taken: the sampling date, or the as-of day or 12-31 without a draw. */
  populationDay: string;
  rate: ExactRate;
  requiredSize: number;
  drawn?: { sample: MemberSample; sampled: string[]; verification?: MemberSampleVerification };
}

function spotCheckBasis(input: SpotCheckInput, asOf: string | undefined, edition: Edition): SpotCheckBasis {
  const { draw } = input;
  if (draw.seed !== undefined || draw.samplingDate !== undefined || input.sample !== undefined) {
    const { seed, samplingDate } = requireDrawHeader(draw, input.sample !== undefined);
    const request = { ...draw, seed, samplingDate };
    const { sample, population } = drawMemberSampleWithPopulation(request, edition);
    return {
      organisationId: sample.organisationId,
      year: sample.year,
      populationIds: population.ids,
      populationHash: population.hash,
      populationDay: sample.samplingDate,
      rate: exactRate(edition.parameters.sampling.spotCheckRate),
      requiredSize: sample.requiredSize,
      drawn: {
        sample,
        sampled: sampledMemberIds(sample),
        verification:
          input.sample === undefined ? undefined : verifyMemberSample(input.sample, request, edition),
      },
    };
  }
  const { organisationId, year } = validate(CountedOrganisation, draw, "draw");
  const yearEnd = `${year}-12-31`;
  const populationDay = asOf !== undefined && asOf < yearEnd ? asOf : yearEnd;
  const population = prepareMemberPopulation(draw.population, populationDay, "none");
  const rate = exactRate(edition.parameters.sampling.spotCheckRate);
  return {
    organisationId,
    year,
    populationIds: population.ids,
    populationHash: population.hash,
    populationDay,
    rate,
    requiredSize: requiredSampleSize(rate, population.ids.length),
  };
}

/** What counting without a draw checks of `draw` (the population is checked as a draw checks it). */
const CountedOrganisation = SpotCheckDraw.pick({ organisationId: true, year: true });

/** A draw needs both its seed and its sampling date; verifying a recorded sample needs a draw. */
function requireDrawHeader(
  draw: SpotCheckInput["draw"],
  sampleGiven: boolean,
): { seed: string; samplingDate: string } {
  const missing = (["seed", "samplingDate"] as const).filter((key) => draw[key] === undefined);
  if (missing.length === 0) return { seed: draw.seed as string, samplingDate: draw.samplingDate as string };
  const why = sampleGiven
    ? { en: "a recorded sample is verified by re-drawing it", zh: "核验登记的抽样结果需要重新抽取" }
    : { en: "a draw needs both its seed and its sampling date", zh: "抽样需要同时给出种子和抽样日期" };
  throw new InputError(
    "spot-check input",
    missing.map((key) => ({
      path: `draw.${key}`,
      code: "invalid-value" as const,
      message: `required: ${why.en}`,
      zh: `缺少：${why.zh}`,
    })),
  );
}
