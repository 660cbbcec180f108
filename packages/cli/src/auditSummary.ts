import { compareCodePoints, type DatasetAssessment, periodIdOf, type Verdict } from "@shuangbaodao/core";
import { triggerLabels } from "@shuangbaodao/excel";

/** A subject named in the summary, with the rule triggers behind it. */
export interface NamedSubject {
  id: string;
  name: string;
  status: string;
  triggers: string[];
}

/**
 * What an auditor reads first: counts, who cannot be rated 优秀 and why, which
 * candidates are barred, which units have supervision triggers or lose award
 * eligibility, and the spot-check samples. Plain data: printed to the console,
 * written as JSON with `--json`, and committed for the bundled example so any
 * change in a verdict shows up in review.
 */
export interface AuditSummary {
  edition: { id: string; version: string };
  year: number;
  asOf: string | null;
  members: {
    total: number;
    inScope: number;
    reportedOnTime: number;
    reportedLate: number;
    notYetReported: number;
    notExcellent: { barred: number; provisional: number; byTrigger: Record<string, number> };
    barredCandidates: NamedSubject[];
    provisionalCandidates: NamedSubject[];
  };
  units: {
    total: number;
    /** Units due a supervision order now (U-SUPERVISE unmet). */
    supervision: NamedSubject[];
    /** Units that may still be due one: a period or the year is not over (U-SUPERVISE pending). */
    supervisionPending: NamedSubject[];
    awardBar: NamedSubject[];
    awardBarPending: NamedSubject[];
    missedPeriods: { unitId: string; ruleId: string; period: string }[];
  };
  statisticsDeadlines: { unitId: string; status: string; reason: string | null }[];
  warnings: { ahead: number; urgent: number; overdue: number } | null;
  spotChecks: {
    unitId: string;
    seed: string;
    populationHash: string;
    populationSize: number;
    requiredSize: number;
    sampled: string[];
    status: string;
    reason: string | null;
  }[];
}

const verdictOf = (verdicts: readonly Verdict[], ruleId: string) => verdicts.find((v) => v.ruleId === ruleId);

/**
 * The trigger labels of a verdict, worked out once per verdict object: a
 * streamed assessment's members with the same consequences share one verdict
 * (`summaryVerdicts.ts`), and so share one frozen list here; 82k barred
 * candidates at 100k members each had a list and strings of their own.
 */
function labelsOnce(): (verdict: Verdict) => string[] {
  const labels = new WeakMap<Verdict, string[]>();
  return (verdict) => {
    let found = labels.get(verdict);
    if (found === undefined) {
      found = Object.freeze(triggerLabels(verdict)) as string[];
      labels.set(verdict, found);
    }
    return found;
  };
}

/**
 * Boils a dataset assessment down to the summary. It reads only the members'
 * `M-NOT-EXCELLENT` and `M-CADRE-BAR` verdicts, so a streamed assessment's
 * result (members cut down to the rollups' verdicts) gives the same summary.
 */
export function auditSummary(result: DatasetAssessment, names: ReadonlyMap<string, string>): AuditSummary {
  const labelsOf = labelsOnce();
  const named = (id: string, verdict: Verdict): NamedSubject => ({
    id,
    name: names.get(id) ?? id,
    status: verdict.status,
    triggers: labelsOf(verdict),
  });
  const byTrigger: Record<string, number> = {};
  let barred = 0;
  let provisional = 0;
  const barredCandidates: NamedSubject[] = [];
  const provisionalCandidates: NamedSubject[] = [];
  for (const member of result.members) {
    const notExcellent = verdictOf(member.verdicts, "M-NOT-EXCELLENT");
    if (notExcellent?.status === "unmet") {
      barred += 1;
      for (const trigger of labelsOf(notExcellent)) byTrigger[trigger] = (byTrigger[trigger] ?? 0) + 1;
    } else if (notExcellent?.status === "pending") provisional += 1;
    const cadre = verdictOf(member.verdicts, "M-CADRE-BAR");
    if (cadre?.status === "unmet") barredCandidates.push(named(member.memberId, cadre));
    if (cadre?.status === "pending") provisionalCandidates.push(named(member.memberId, cadre));
  }
  // Unmet and pending are told apart everywhere (console, JSON, report): pending is not yet a consequence.
  const consequence = { supervision: [] as NamedSubject[], supervisionPending: [] as NamedSubject[] };
  const award = { awardBar: [] as NamedSubject[], awardBarPending: [] as NamedSubject[] };
  const missedPeriods: AuditSummary["units"]["missedPeriods"] = [];
  for (const unit of result.units) {
    const supervise = verdictOf(unit.verdicts, "U-SUPERVISE");
    if (supervise?.status === "unmet") consequence.supervision.push(named(unit.unitId, supervise));
    if (supervise?.status === "pending") consequence.supervisionPending.push(named(unit.unitId, supervise));
    const bar = verdictOf(unit.verdicts, "U-AWARD-BAR");
    if (bar?.status === "unmet") award.awardBar.push(named(unit.unitId, bar));
    if (bar?.status === "pending") award.awardBarPending.push(named(unit.unitId, bar));
    for (const v of unit.verdicts) {
      const period = periodIdOf(v);
      if (v.status === "unmet" && period !== null)
        missedPeriods.push({ unitId: unit.unitId, ruleId: v.ruleId, period });
    }
  }
  const total = result.statistics.total;
  return {
    edition: result.edition,
    year: result.year,
    asOf: result.asOf,
    members: {
      total: result.members.length,
      inScope: total.membersInScope,
      reportedOnTime: total.reportedOnTime,
      reportedLate: total.reportedLate,
      notYetReported: total.notYetReported,
      notExcellent: { barred, provisional, byTrigger: sortedKeys(byTrigger) },
      barredCandidates,
      provisionalCandidates,
    },
    units: { total: result.units.length, ...consequence, ...award, missedPeriods },
    statisticsDeadlines: result.statistics.deadlines.map((v) => ({
      unitId: v.subject.id,
      status: v.status,
      reason: v.reason ?? null,
    })),
    warnings: result.warnings && {
      ahead: result.warnings.ahead.length,
      urgent: result.warnings.ahead.filter((w) => w.severity === "urgent").length,
      overdue: result.warnings.overdue.length,
    },
    spotChecks: result.spotChecks.map(({ unitId, sample, verdict }) => ({
      unitId,
      seed: sample.seed,
      populationHash: sample.populationHash,
      populationSize: sample.populationSize,
      requiredSize: sample.requiredSize,
      sampled: [...sample.mustVisit, ...sample.drawn],
      status: verdict.status,
      reason: verdict.reason ?? null,
    })),
  };
}

function sortedKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareCodePoints(a, b)));
}
