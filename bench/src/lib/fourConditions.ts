import type { Edition } from "../../../packages/core/src/editions/edition";
import type { MemberRecords } from "../../../packages/core/src/model/memberRecords";

/**
 * The four conditions the comparison decides, written by hand the way an HR
 * system's developer would: straight loops over validated records, dates
 * compared as `YYYY-MM-DD` text (validation made them canonical). No
 * explanations, no facts, no excluded records: a yes or no each.
 *
 * 1. reported by the deadline (to the community the member lived in that day),
 * 2. at least one post claimed,
 * 3. at least two countable services in the year (in the residence community,
 *    without public power or unit resources),
 * 4. no verified negative feedback in the year.
 *
 * The same readings as the core under the city edition, so the three
 * contenders can be checked to agree member by member.
 */
export interface FourConditionParameters {
  year: number;
  yearFirst: string;
  yearLast: string;
  programmeStart: string;
  reportDeadline: string;
  reReportGraceMonths: number;
  postsToClaim: number;
  servicesPerYear: number;
}

export function fourConditionParameters(edition: Edition, year: number): FourConditionParameters {
  const p = edition.parameters.member;
  return {
    year,
    yearFirst: `${year}-01-01`,
    yearLast: `${year}-12-31`,
    programmeStart: p.programmeStart,
    reportDeadline: p.reportDeadline,
    reReportGraceMonths: p.reReportGraceMonths,
    postsToClaim: p.postsToClaim,
    servicesPerYear: p.servicesPerYear,
  };
}

/** Bits of the result: which conditions are met. */
export const REPORTED = 1;
export const CLAIMED = 2;
export const SERVED = 4;
export const NO_VERIFIED_NEGATIVE = 8;

/** The same day `months` months later, clamped to the month's end. */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), last);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whether the member is in scope for the year at all. */
export function inScope(r: MemberRecords, p: FourConditionParameters): boolean {
  if (!r.member.inService || p.yearLast < p.programmeStart) return false;
  const from = r.member.inScopeFrom;
  return from === undefined || from <= p.yearLast;
}

/** The community the member lived in on a day (the latest residence from on or before it, else the first). */
export function communityOn(r: MemberRecords, date: string): string | undefined {
  let best: MemberRecords["residences"][number] | undefined;
  let first: MemberRecords["residences"][number] | undefined;
  for (const res of r.residences) {
    if (!first || res.from < first.from || (res.from === first.from && res.id < first.id)) first = res;
    if (res.from <= date && (!best || res.from > best.from || (res.from === best.from && res.id > best.id)))
      best = res;
  }
  return (best ?? first)?.communityId;
}

/** The day of the member's first report to the community they lived in then, or undefined. */
export function firstValidReport(r: MemberRecords): string | undefined {
  let first: string | undefined;
  for (const rep of r.reports) {
    if ((first === undefined || rep.date < first) && communityOn(r, rep.date) === rep.communityId)
      first = rep.date;
  }
  return first;
}

/** The last day of the first report: the deadline, or later for a member who came into scope later. */
export function reportDue(r: MemberRecords, p: FourConditionParameters): string {
  const from = r.member.inScopeFrom;
  if (from === undefined || from <= p.programmeStart) return p.reportDeadline;
  const grace = addMonths(from, p.reReportGraceMonths);
  // Dates as text: the later of the two.
  if (grace > p.reportDeadline) return grace;
  return p.reportDeadline;
}

/** Distinct posts claimed by the end of the year (an undated claim counts). */
export function claimedPosts(r: MemberRecords, p: FourConditionParameters): number {
  const codes = new Set<number>();
  for (const c of r.postClaims) if (c.date === undefined || c.date <= p.yearLast) codes.add(c.postCode);
  return codes.size;
}

/** Services of the year that count. */
export function countableServices(r: MemberRecords, p: FourConditionParameters): number {
  let count = 0;
  for (const s of r.services) {
    if (s.date < p.yearFirst || s.date > p.yearLast || s.usedPublicPower || s.usedUnitResources) continue;
    if (communityOn(r, s.date) === s.communityId) count++;
  }
  return count;
}

/** Negative feedback of the year verified on investigation. */
export function verifiedNegative(r: MemberRecords, p: FourConditionParameters): number {
  let count = 0;
  for (const f of r.feedback) {
    if (f.kind === "negative" && f.status === "verified" && f.date >= p.yearFirst && f.date <= p.yearLast)
      count++;
  }
  return count;
}

/** The hand-written loop: the four conditions of one member as bits. */
export function handLoop(r: MemberRecords, p: FourConditionParameters): number {
  if (!inScope(r, p)) return 0;
  let bits = 0;
  const report = firstValidReport(r);
  if (report !== undefined && report <= p.yearLast && (report <= reportDue(r, p) || report < p.yearFirst))
    bits |= REPORTED;
  if (claimedPosts(r, p) >= p.postsToClaim) bits |= CLAIMED;
  if (countableServices(r, p) >= p.servicesPerYear) bits |= SERVED;
  if (verifiedNegative(r, p) === 0) bits |= NO_VERIFIED_NEGATIVE;
  return bits;
}
