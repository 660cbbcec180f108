import { z } from "zod";
import { fromDayNumber, toDayNumber } from "../calendar/dayNumber";
import { compareCodePoints } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import { CalendarDate } from "../model/primitives";
import { InputError, validate } from "../model/validate";
import type { VerdictOf } from "../model/verdict";
import { buildVerdict, type VerdictParts } from "../rules/buildVerdict";
import { CommunityDrawRequest } from "./communityDrawRequest";
import { eligibleCommunities } from "./communityPopulation";
import { CommunitySample, sampledCommunityIds } from "./communitySample";
import { countFieldVisits } from "./datedVisits";
import { drawCommunitySample } from "./drawCommunitySample";
import { verifyCommunitySample } from "./verifyCommunitySample";
import { CommunityVisit, FindingsPublication } from "./visit";

/** What `W-COMMUNITY-SAMPLE` is decided on for one committee and year. */
export const CommunitySampleCheckInput = z.object({
  /** The inputs of the year's community draw. */
  draw: CommunityDrawRequest,
  /** The sample as recorded, to be verified against `draw`; when absent it is re-derived. */
  sample: CommunitySample.optional(),
  visits: z.array(CommunityVisit).default([]),
  /**
   * 工委's published findings (通报). Leave out to not assess publication; an
   * empty list means nothing was published.
   */
  findings: z.array(FindingsPublication).optional(),
  /** Judge the year as it stood on this day; leave out to judge with everything on record. */
  asOf: CalendarDate.optional(),
});
export type CommunitySampleCheckInput = z.input<typeof CommunitySampleCheckInput>;

/**
 * `W-COMMUNITY-SAMPLE` (ZZ47-BD 三(三)) for 工委 and a year: in every
 * district, the distinct communities with members field-visited in the year
 * reach the district's required number (`communitiesPerDistrict`, or all
 * the district has when fewer), and — when `findings` are given — the
 * findings were published in the year. Visits to communities outside the
 * sample count (the rule asks for visits, the sample is how to choose them);
 * the sampled communities not visited are listed.
 *
 * `met` when every district is covered (and published); while the year is
 * open a shortfall is `pending` with a fix, after it `unmet` (`count-short`,
 * or `not-published`). No district at all is `not-applicable`.
 */
export function decideCommunitySample(
  input: CommunitySampleCheckInput,
  edition: Edition,
): VerdictOf<"W-COMMUNITY-SAMPLE"> {
  const visits = validate(z.array(CommunityVisit), input.visits ?? [], "visits");
  const findings =
    input.findings === undefined
      ? undefined
      : validate(z.array(FindingsPublication), input.findings, "findings");
  const asOf = input.asOf === undefined ? undefined : validate(CalendarDate, input.asOf, "asOf");
  const sample = drawCommunitySample(input.draw, edition);
  const verification =
    input.sample === undefined ? undefined : verifyCommunitySample(input.sample, input.draw, edition);
  const year = yearToJudge(sample.year);
  const eligible = eligibleCommunities(input.draw.communities);
  const districtOf = new Map(eligible.ids.map((id, i) => [id, eligible.districts[i] as string]));
  const counted = countFieldVisits(
    visits.map((v) => ({ id: v.id, target: v.communityId, date: v.date, kind: v.kind })),
    year,
    asOf,
    new Set(eligible.ids),
    "community",
  );
  const visitedSet = new Set(counted.visited);
  const visitedIn = new Map<string, number>();
  for (const id of counted.visited) {
    const district = districtOf.get(id) as string;
    visitedIn.set(district, (visitedIn.get(district) ?? 0) + 1);
  }
  const short = sample.districts
    .map((d) => ({ ...d, visited: visitedIn.get(d.district) ?? 0 }))
    .filter((d) => d.visited < d.required);
  const sampled = sampledCommunityIds(sample);
  const sampledNotVisited = sampled.filter((id) => !visitedSet.has(id));
  const requiredCount = sample.districts.reduce((sum, d) => sum + d.required, 0);

  const asOfDay = asOf === undefined ? Number.POSITIVE_INFINITY : toDayNumber(asOf);
  const publication = findings
    ?.filter((f) => f.date.startsWith(`${year}-`) && toDayNumber(f.date) <= asOfDay)
    .sort((a, b) => compareCodePoints(a.date, b.date) || compareCodePoints(a.id, b.id))[0];
  const published = findings === undefined || publication !== undefined;
  const yearEnd = fromDayNumber(counted.yearEnd);

  const facts = {
    communitiesPerDistrict: sample.communitiesPerDistrict,
    districtCount: sample.districts.length,
    populationSize: sample.populationSize,
    requiredCount,
    visitedCount: counted.visited.length,
    shortDistricts: short.map((d) => `${d.district} ${d.visited}/${d.required}`),
    sampledNotVisited,
    samplingDate: sample.samplingDate,
    seed: sample.seed,
    populationHash: sample.populationHash,
    algorithm: `${sample.algorithm.name}@${sample.algorithm.version}`,
    publicationAssessed: findings !== undefined,
    publishedOn: publication?.date ?? null,
    sampleVerified: verification === undefined ? null : verification.ok,
    sampleDifferences: verification === undefined ? [] : verification.differences.map((d) => d.kind),
    asOf: asOf ?? null,
  };
  const parts: Pick<VerdictParts, "recordIds" | "excluded" | "facts"> = {
    recordIds: [...counted.recordIds, ...(publication ? [publication.id] : [])],
    excluded: counted.excluded,
    facts,
  };
  const scope = {
    // A draw without a committee ID names none: the subject's ID is then empty.
    subject: { kind: "organisation" as const, id: sample.committeeId ?? "" },
    year,
    edition: { id: edition.id, version: edition.version },
  };
  const verifyNote =
    verification === undefined || verification.ok
      ? { zh: "", en: "" }
      : {
          zh: "；登记的抽样结果与重新抽取的结果不符",
          en: "; the recorded sample does not match the re-derived one",
        };

  if (sample.districts.length === 0) {
    return buildVerdict(scope, "W-COMMUNITY-SAMPLE", {
      ...parts,
      status: "not-applicable",
      reason: "no-communities",
      explanation: {
        zh: `${sample.samplingDate ?? ""}抽样时没有住有在职党员的社区，无需抽取社区走访。`,
        en: `No community had members living in it when sampled${sample.samplingDate === null ? "" : ` on ${sample.samplingDate}`}, so there is none to visit.`,
      },
    });
  }
  const shortZh = short.map((d) => `${d.district}再走访 ${d.required - d.visited} 个`).join("、");
  const shortEn = short.map((d) => `${d.required - d.visited} more in ${d.district}`).join(", ");
  const pendingSampled = sampledNotVisited.filter((id) => short.some((d) => d.drawn.includes(id)));
  const sampledZh = pendingSampled.length > 0 ? `（抽中未走访：${pendingSampled.join("、")}）` : "";
  const sampledEn =
    pendingSampled.length > 0 ? ` (sampled, not yet visited: ${pendingSampled.join(", ")})` : "";
  const summary = {
    zh: `${year} 年 ${sample.districts.length} 个区应实地走访 ${requiredCount} 个社区（每区 ${sample.communitiesPerDistrict} 个，不足则全部）`,
    en: `${year}: ${requiredCount} communities to field-visit across ${sample.districts.length} district(s) (${sample.communitiesPerDistrict} per district, or all it has)`,
  };

  if (short.length === 0 && published) {
    return buildVerdict(scope, "W-COMMUNITY-SAMPLE", {
      ...parts,
      status: "met",
      explanation: {
        zh: `${summary.zh}，各区均已走访${publication ? `，并于 ${publication.date} 通报` : ""}${verifyNote.zh}。`,
        en: `${summary.en}; every district is covered${publication ? `, findings published on ${publication.date}` : ""}${verifyNote.en}.`,
      },
    });
  }
  const todo = {
    zh: [short.length > 0 ? `${shortZh}社区${sampledZh}` : "", published ? "" : "通报走访情况"]
      .filter(Boolean)
      .join("，并"),
    en: [
      short.length > 0 ? `field-visit ${shortEn}${sampledEn}` : "",
      published ? "" : "publish the findings",
    ]
      .filter(Boolean)
      .join(", and "),
  };
  const gap = {
    zh: [
      short.length > 0 ? `尚未走访足额的区：${facts.shortDistricts.join("、")}` : "",
      published ? "" : "尚未通报",
    ]
      .filter(Boolean)
      .join("；"),
    en: [
      short.length > 0 ? `districts short of visits: ${facts.shortDistricts.join(", ")}` : "",
      published ? "" : "findings not published",
    ]
      .filter(Boolean)
      .join("; "),
  };
  if (counted.yearOpen) {
    return buildVerdict(scope, "W-COMMUNITY-SAMPLE", {
      ...parts,
      status: "pending",
      reason: "in-progress",
      provisional: true,
      explanation: {
        zh: `${summary.zh}，截至 ${asOf} ${gap.zh}${verifyNote.zh}。`,
        en: `${summary.en}; by ${asOf} ${gap.en}${verifyNote.en}.`,
      },
      fix: { by: yearEnd, zh: `${yearEnd} 前${todo.zh}`, en: `${todo.en} by ${yearEnd}` },
    });
  }
  return buildVerdict(scope, "W-COMMUNITY-SAMPLE", {
    ...parts,
    status: "unmet",
    reason: short.length > 0 ? "count-short" : "not-published",
    explanation: {
      zh: `${summary.zh}，年底${gap.zh}${verifyNote.zh}。`,
      en: `${summary.en}; at year end ${gap.en}${verifyNote.en}.`,
    },
  });
}

/** The year whose visits are judged: the draw's, or its sampling date's; a draw with neither cannot be judged. */
function yearToJudge(year: number | null): number {
  if (year !== null) return year;
  throw new InputError("community sample check", [
    {
      path: "draw.year",
      code: "invalid-value",
      message: "a year (or a sampling date) is needed to judge the year's visits",
      zh: "需要年度（或抽样日期）才能评定该年度的走访",
    },
  ]);
}
