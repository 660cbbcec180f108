import type { Edition } from "../../../packages/core/src/editions/edition";
import type { MemberParameters } from "../../../packages/core/src/editions/editionParameters";
import { MEMBER_RULE_IDS } from "../../../packages/core/src/member/memberAssessment";
import type { MemberRecords } from "../../../packages/core/src/model/memberRecords";
import type { VerdictStatus } from "../../../packages/core/src/model/verdict";
import { addMonths, communityOn } from "./fourConditions";

/**
 * The fair yardstick: the statuses of all ten member rules, written by hand the
 * way an HR system's developer would — straight loops over validated records,
 * dates compared as `YYYY-MM-DD` text, no explanations, facts, record lists or
 * verdict objects. The same readings as the core for a closed year (no as-of
 * date, the bench's setting) under any edition's member parameters; the bench
 * checks it against the core member by member.
 *
 * The result packs one status per rule, two bits each, in `MEMBER_RULE_IDS`
 * order (see {@link packStatuses}).
 */
export interface TenRuleParameters {
  year: number;
  yearFirst: string;
  yearLast: string;
  p: MemberParameters;
}

export function tenRuleParameters(edition: Edition, year: number): TenRuleParameters {
  return { year, yearFirst: `${year}-01-01`, yearLast: `${year}-12-31`, p: edition.parameters.member };
}

const MET = 0;
const UNMET = 1;
const PENDING = 2;
const NOT_APPLICABLE = 3;
const CODES: Record<VerdictStatus, number> = {
  met: MET,
  unmet: UNMET,
  pending: PENDING,
  "not-applicable": NOT_APPLICABLE,
};
const ALL_NOT_APPLICABLE = MEMBER_RULE_IDS.reduce((packed, _, i) => packed | (NOT_APPLICABLE << (2 * i)), 0);

/** The statuses of a member-year's verdicts (in `MEMBER_RULE_IDS` order) as one number, two bits a rule. */
export function packStatuses(statuses: readonly VerdictStatus[]): number {
  let packed = 0;
  for (let i = 0; i < statuses.length; i++) packed |= CODES[statuses[i] as VerdictStatus] << (2 * i);
  return packed;
}

/** The status of rule number `index` (in `MEMBER_RULE_IDS` order) in a packed result. */
export function statusAt(packed: number, index: number): VerdictStatus {
  const code = (packed >>> (2 * index)) & 3;
  return code === MET ? "met" : code === UNMET ? "unmet" : code === PENDING ? "pending" : "not-applicable";
}

type Residence = MemberRecords["residences"][number];
type Report = MemberRecords["reports"][number];

const byFromThenId = (a: Residence, b: Residence) =>
  a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The ten statuses of one member-year, packed. */
export function tenRuleLoop(r: MemberRecords, t: TenRuleParameters): number {
  const { p, yearFirst, yearLast } = t;
  // Scope: in service, the programme started, in scope by the year's end.
  const joined = r.member.inScopeFrom;
  const lateJoiner = joined !== undefined && joined > p.programmeStart ? joined : undefined;
  if (
    !r.member.inService ||
    yearLast < p.programmeStart ||
    (lateJoiner !== undefined && lateJoiner > yearLast)
  )
    return ALL_NOT_APPLICABLE;

  // Reports to the community lived in on their day.
  const valid: Report[] = [];
  for (const rep of r.reports) if (communityOn(r, rep.date) === rep.communityId) valid.push(rep);
  let firstValid: Report | undefined;
  for (const rep of valid) if (firstValid === undefined || rep.date < firstValid.date) firstValid = rep;

  // M-REPORT
  let due = p.reportDeadline;
  if (lateJoiner !== undefined) {
    const grace = addMonths(lateJoiner, p.reReportGraceMonths);
    if (grace > due) due = grace;
  }
  let report: number;
  let reportMissing = false;
  let reportLate = false;
  if (firstValid !== undefined && firstValid.date <= yearLast) {
    if (firstValid.date <= due || firstValid.date < yearFirst) report = MET;
    else {
      report = UNMET;
      reportLate = true;
    }
  } else if (due > yearLast) report = PENDING;
  else {
    report = UNMET;
    reportMissing = true;
  }

  // M-REREPORT: every move after the first report, from the programme start on.
  let moves = 0;
  let movesMissing = false;
  let movesLate = false;
  let movesPending = false;
  if (firstValid !== undefined && r.residences.length > 1) {
    const residences = [...r.residences].sort(byFromThenId);
    for (let i = 1; i < residences.length; i++) {
      const res = residences[i] as Residence;
      if ((residences[i - 1] as Residence).communityId === res.communityId) continue;
      if (res.from <= firstValid.date || res.from < p.programmeStart) continue;
      const nextMove = residences[i + 1]?.from;
      const moveDue = addMonths(res.from, p.reReportGraceMonths);
      let reReport: string | undefined;
      for (const rep of valid) {
        if (rep.communityId !== res.communityId || rep.date < res.from || rep.date > yearLast) continue;
        if (nextMove !== undefined && rep.date >= nextMove) continue;
        if (reReport === undefined || rep.date < reReport) reReport = rep.date;
      }
      // Relevant to the year: lived there during it, not settled before it.
      if (res.from > yearLast || (nextMove !== undefined && nextMove <= yearFirst)) continue;
      if (reReport !== undefined && reReport < yearFirst) continue;
      moves++;
      if (reReport !== undefined) {
        if (reReport > moveDue) movesLate = true;
      } else if (moveDue > yearLast) movesPending = true;
      else movesMissing = true;
    }
  }
  const reReport =
    moves === 0 ? NOT_APPLICABLE : movesMissing || movesLate ? UNMET : movesPending ? PENDING : MET;

  // M-CLAIM-POST: distinct posts claimed by the year's end (an undated claim counts).
  let posts = 0;
  const claims = r.postClaims;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as MemberRecords["postClaims"][number];
    if (c.date !== undefined && c.date > yearLast) continue;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) {
      const d = claims[j] as MemberRecords["postClaims"][number];
      seen = d.postCode === c.postCode && (d.date === undefined || d.date <= yearLast);
    }
    if (!seen) posts++;
  }
  const claimPost = posts >= p.postsToClaim ? MET : UNMET;

  // M-SERVICE-YEAR and M-MODERATION over the year's services.
  let servicesInYear = 0;
  let flagged = 0;
  let countable = 0;
  for (const s of r.services) {
    if (s.date < yearFirst || s.date > yearLast) continue;
    servicesInYear++;
    if (s.usedPublicPower || s.usedUnitResources) flagged++;
    if (s.usedPublicPower && p.excludeServiceUsingPublicPower) continue;
    if (s.usedUnitResources && p.excludeServiceUsingUnitResources) continue;
    if (p.serviceMustBeInResidenceCommunity && communityOn(r, s.date) !== s.communityId) continue;
    countable++;
  }
  let required = p.servicesPerYear;
  if (
    p.proRateServicesForLateJoiners &&
    lateJoiner !== undefined &&
    Number(lateJoiner.slice(0, 4)) === t.year
  )
    required = Math.ceil((required * (13 - Number(lateJoiner.slice(5, 7)))) / 12);
  const serviceYear = countable >= required ? MET : UNMET;
  const moderation = servicesInYear === 0 ? NOT_APPLICABLE : flagged > 0 ? UNMET : MET;

  // M-FOUR-MUSTS: the events of the community lived in, from the later of the year's start, the programme's and the member's.
  let from = yearFirst;
  if (p.programmeStart > from) from = p.programmeStart;
  if (joined !== undefined && joined > from) from = joined;
  let expected = 0;
  let missed = 0;
  for (const e of r.communityEvents) {
    if (e.date < from || e.date > yearLast || communityOn(r, e.date) !== e.communityId) continue;
    expected++;
    let attended = false;
    for (const a of r.attendances) if (a.eventId === e.id) attended = true;
    if (r.member.attendedEventIds?.includes(e.id)) attended = true;
    if (!attended) missed++;
  }
  const fourMusts = expected === 0 ? NOT_APPLICABLE : missed > 0 ? UNMET : MET;

  // M-FEEDBACK: verified negative feedback of the year in a counted area.
  let verified = 0;
  let underInvestigation = 0;
  for (const f of r.feedback) {
    if (f.kind !== "negative" || f.date < yearFirst || f.date > yearLast) continue;
    if (!p.negativeFeedbackAreas.includes(f.area)) continue;
    const status = f.status ?? "pending";
    if (status === "verified" || (status === "pending" && p.pendingInvestigation === "as-verified"))
      verified++;
    else if (status === "pending" && p.pendingInvestigation === "provisional") underInvestigation++;
  }
  const feedback = verified > 0 ? UNMET : underInvestigation > 0 ? PENDING : MET;

  // M-SELF-REPORT: the year's report (the first by ID), made to the organisation and explained.
  let selfReport = NOT_APPLICABLE;
  if (p.selfReportRequired) {
    let chosen: MemberRecords["selfReports"][number] | undefined;
    for (const s of r.selfReports)
      if (s.year === t.year && (chosen === undefined || s.id < chosen.id)) chosen = s;
    selfReport = chosen?.reportedToOrganisation && chosen.explainedAtLifeMeeting ? MET : UNMET;
  }

  // M-NOT-EXCELLENT and M-CADRE-BAR: the triggers of ZZ47-BD 三(四).
  const barred =
    reportMissing ||
    (reportLate && p.lateReportBlocksExcellent) ||
    (movesMissing && p.missingReReportBlocksExcellent) ||
    (movesLate && p.lateReReportBlocksExcellent) ||
    serviceYear === UNMET ||
    feedback === UNMET ||
    (fourMusts === UNMET && p.fourMustsAffectRating);
  const notExcellent = barred ? UNMET : feedback === PENDING ? PENDING : MET;
  const cadreBar = r.member.cadreCandidateYears.includes(t.year) ? notExcellent : NOT_APPLICABLE;

  return (
    report |
    (reReport << 2) |
    (claimPost << 4) |
    (serviceYear << 6) |
    (fourMusts << 8) |
    (moderation << 10) |
    (feedback << 12) |
    (selfReport << 14) |
    (notExcellent << 16) |
    (cadreBar << 18)
  );
}
