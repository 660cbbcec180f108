import { type DayNumber, toDayNumber, yearBounds } from "../calendar/dayNumber";
import { compareCodePoints } from "../collections/compareCodePoints";
import type { ExcludedRecord } from "../model/verdict";
import { excludedRecord } from "../rules/buildVerdict";

/** A visit record reduced to what a check reads. */
export interface VisitLike {
  id: string;
  /** The member or community visited. */
  target: string;
  date: string;
  kind: "phone" | "letter" | "field-visit";
}

/** Which visits count toward a year's field visits, and which were set aside and why. */
export interface CountedVisits {
  /** Visited targets, each once, in the order of their first counting visit. */
  visited: string[];
  /** The counting visit of each visited target (the earliest, by date then ID). */
  recordIds: string[];
  excluded: ExcludedRecord[];
  /** Last day of the year and whether the year is still open on the as-of day. */
  yearEnd: DayNumber;
  yearOpen: boolean;
}

const TARGET_WORDS = {
  member: { zh: "党员", en: "member", scope: { zh: "不在抽样名册内", en: "not in the sampled population" } },
  community: {
    zh: "社区",
    en: "community",
    scope: { zh: "不是有在职党员居住的社区", en: "not a community with members in the draw" },
  },
} as const;

/**
 * Counts field visits in a year: only `field-visit` records, dated in the
 * year and not after the as-of day, to a target in `population`, each target
 * once. Every other record of the year is listed as excluded with its reason
 * (records of other years are not looked at), in the order (date, ID), so the
 * result does not depend on the input order.
 */
export function countFieldVisits(
  visits: readonly VisitLike[],
  year: number,
  asOf: string | undefined,
  population: ReadonlySet<string>,
  target: keyof typeof TARGET_WORDS,
): CountedVisits {
  const { first, last } = yearBounds(year);
  const asOfDay = asOf === undefined ? Number.POSITIVE_INFINITY : toDayNumber(asOf);
  const words = TARGET_WORDS[target];
  const dated = visits
    .map((visit) => ({ visit, day: toDayNumber(visit.date) }))
    .sort((a, b) => a.day - b.day || compareCodePoints(a.visit.id, b.visit.id));
  const visited: string[] = [];
  const seen = new Set<string>();
  const recordIds: string[] = [];
  const excluded: ExcludedRecord[] = [];
  for (const { visit, day } of dated) {
    if (day < first || day > last) continue;
    if (visit.kind !== "field-visit") {
      const how = visit.kind === "phone" ? { zh: "电话", en: "phone call" } : { zh: "信函", en: "letter" };
      excluded.push(
        excludedRecord(
          visit.id,
          "not-field-visit",
          `${visit.date} 对${words.zh} ${visit.target} 的${how.zh}了解不是实地走访，不计入`,
          `the ${how.en} to ${words.en} ${visit.target} on ${visit.date} is not a field visit and does not count`,
        ),
      );
    } else if (day > asOfDay) {
      excluded.push(
        excludedRecord(
          visit.id,
          "after-as-of",
          `${visit.date} 的走访晚于评估日 ${asOf}`,
          `the visit on ${visit.date} is after the as-of date ${asOf}`,
        ),
      );
    } else if (!population.has(visit.target)) {
      excluded.push(
        excludedRecord(
          visit.id,
          "not-in-population",
          `${words.zh} ${visit.target} ${words.scope.zh}`,
          `${words.en} ${visit.target} is ${words.scope.en}`,
        ),
      );
    } else if (seen.has(visit.target)) {
      excluded.push(
        excludedRecord(
          visit.id,
          "already-visited",
          `${words.zh} ${visit.target} 本年度已计入一次实地走访`,
          `${words.en} ${visit.target} already counted once this year`,
        ),
      );
    } else {
      seen.add(visit.target);
      visited.push(visit.target);
      recordIds.push(visit.id);
    }
  }
  return { visited, recordIds, excluded, yearEnd: last, yearOpen: asOfDay < last };
}
