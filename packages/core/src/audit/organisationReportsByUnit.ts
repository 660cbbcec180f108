import { sortByCodePoint } from "../collections/compareCodePoints";
import { groupBy } from "../collections/groupBy";
import type { Edition } from "../editions/edition";
import type { MemberAssessment } from "../member/memberAssessment";
import { type OrganisationReport, organisationReport } from "../rollups/organisationReport";
import type { UnitAssessment } from "../unit/unitAssessment";
import type { AuditDataset } from "./auditDataset";

/** The names of units and party organisations by ID, as the statistics table and reports print them. */
export function namesById(dataset: Pick<AuditDataset, "units" | "organisations">): Map<string, string> {
  return new Map<string, string>([
    ...dataset.units.map((u): [string, string] => [u.id, u.name]),
    ...dataset.organisations.map((o): [string, string] => [o.id, o.name]),
  ]);
}

/**
 * Every unit's organisation report, in code-point order of unit ID: the units
 * on record and any a member names. Shared by `assessDataset` and callers that
 * stream the member assessments first (the CLI), so both report alike.
 */
export function organisationReportsByUnit(
  dataset: Pick<AuditDataset, "units">,
  members: readonly MemberAssessment[],
  units: readonly UnitAssessment[],
  edition: Edition,
  when: { year: number; asOf?: string },
  names: ReadonlyMap<string, string>,
): { unitIds: string[]; reports: OrganisationReport[] } {
  // Indexed once, then looked up: a scan of every member for each unit would grow with the square.
  const membersOf = groupBy(members, (m) => m.unitId);
  const unitOf = new Map(units.map((u) => [u.unitId, u]));
  const unitIds = sortByCodePoint([...new Set([...dataset.units.map((u) => u.id), ...membersOf.keys()])]);
  const reports = unitIds.map((unitId) => {
    const unitVerdicts = unitOf.get(unitId)?.verdicts;
    const unitName = names.get(unitId);
    return organisationReport(membersOf.get(unitId) ?? [], edition, {
      ...when,
      unitId,
      ...(unitName !== undefined && { unitName }),
      ...(unitVerdicts && { unitVerdicts }),
    });
  });
  return { unitIds, reports };
}
