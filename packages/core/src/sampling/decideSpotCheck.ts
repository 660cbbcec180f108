import { z } from "zod";
import { fromDayNumber } from "../calendar/dayNumber";
import type { Edition } from "../editions/edition";
import { CalendarDate } from "../model/primitives";
import { validate } from "../model/validate";
import type { VerdictOf } from "../model/verdict";
import { buildVerdict, type VerdictParts } from "../rules/buildVerdict";
import { countFieldVisits } from "./datedVisits";
import { drawMemberSampleWithPopulation } from "./drawMemberSample";
import { percentText } from "./exactRate";
import { MemberDrawRequest } from "./memberDrawRequest";
import { MemberSample, sampledMemberIds } from "./memberSample";
import { verifyMemberSample } from "./verifyMemberSample";
import { Visit } from "./visit";

/** What `M-SPOTCHECK-20` is decided on for one organisation and year. */
export const SpotCheckInput = z.object({
  /** The inputs of the year's draw (population, seed, options…). */
  draw: MemberDrawRequest,
  /** The sample as recorded, to be verified against `draw`; when absent it is re-derived. */
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
  const { sample, population } = drawMemberSampleWithPopulation(input.draw, edition);
  const verification =
    input.sample === undefined ? undefined : verifyMemberSample(input.sample, input.draw, edition);
  const { year } = sample;
  const counted = countFieldVisits(
    visits.map((v) => ({ id: v.id, target: v.memberId, date: v.date, kind: v.kind })),
    year,
    asOf,
    new Set(population.ids),
    "member",
  );
  const visitedSet = new Set(counted.visited);
  const sampled = sampledMemberIds(sample);
  const sampledSet = new Set(sampled);
  const sampledNotVisited = sampled.filter((id) => !visitedSet.has(id));
  const required = sample.requiredSize;
  const visitedCount = counted.visited.length;
  const shortfall = Math.max(0, required - visitedCount);
  const percent = percentText(edition.parameters.sampling.spotCheckRate);
  const yearEnd = fromDayNumber(counted.yearEnd);

  const facts = {
    rate: sample.rate,
    ratePercent: percent,
    populationSize: sample.populationSize,
    requiredCount: required,
    visitedCount,
    shortfall,
    samplingDate: sample.samplingDate,
    seed: sample.seed,
    populationHash: sample.populationHash,
    algorithm: `${sample.algorithm.name}@${sample.algorithm.version}`,
    sampleSize: sample.sampleSize,
    sampledVisitedCount: sampled.length - sampledNotVisited.length,
    sampledNotVisited,
    visitedOutsideSampleCount: counted.visited.filter((id) => !sampledSet.has(id)).length,
    sampleVerified: verification === undefined ? null : verification.ok,
    sampleDifferences: verification === undefined ? [] : verification.differences.map((d) => d.kind),
    asOf: asOf ?? null,
  };
  const basis = {
    zh: `在册在职党员 ${sample.populationSize} 名的 ${percent}，向上取整`,
    en: `${percent} of ${sample.populationSize} members in scope, rounded up`,
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
    subject: { kind: "organisation" as const, id: sample.organisationId },
    year,
    edition: { id: edition.id, version: edition.version },
  };

  if (sample.populationSize === 0) {
    return buildVerdict(scope, "M-SPOTCHECK-20", {
      ...parts,
      status: "not-applicable",
      reason: "no-members-in-scope",
      explanation: {
        zh: `${sample.samplingDate} 抽样时本组织没有在职党员，无需实地走访抽查。`,
        en: `The organisation had no members in scope on the sampling date ${sample.samplingDate}, so there is no one to field-visit.`,
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
        zh: `${year} 年实地走访党员 ${visitedCount} 名，达到应走访人数 ${required} 名（${basis.zh}）${notVisitedNote.zh}${verifyNote.zh}。`,
        en: `Field-visited ${visitedCount} member(s) in ${year}, at least the required ${required} (${basis.en})${notVisitedNote.en}${verifyNote.en}.`,
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
        zh: `截至 ${asOf} 实地走访党员 ${visitedCount} 名，距应走访人数 ${required} 名（${basis.zh}）还差 ${shortfall} 名，电话、信函不计入${verifyNote.zh}。`,
        en: `By ${asOf}, ${visitedCount} member(s) field-visited, ${shortfall} short of the required ${required} (${basis.en}); phone calls and letters do not count${verifyNote.en}.`,
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
      zh: `${year} 年仅实地走访党员 ${visitedCount} 名，少于应走访人数 ${required} 名（${basis.zh}），电话、信函不计入${verifyNote.zh}。`,
      en: `Only ${visitedCount} member(s) were field-visited in ${year}, fewer than the required ${required} (${basis.en}); phone calls and letters do not count${verifyNote.en}.`,
    },
  });
}
