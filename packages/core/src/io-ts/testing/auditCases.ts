import fc from "fast-check";
import { type Case, listOf, ownedBy, samePadded, uniqueRecords } from "./blocks";
import { memberDatasetLists, memberSideValid } from "./memberCases";
import { Visit } from "./samplingCases";
import { unitCheckedDataset, unitDatasetLists, unitDatasetValid } from "./unitCases";

// The audit's input: both programmes' records and the visits, in one flat dataset.

type Row = Record<string, unknown>;

/** A valid unit-programme part, the member side naming its units, and visits of its members. */
const valid: fc.Arbitrary<Row> = unitDatasetValid.chain((unitPart) => {
  const unitIds = ((unitPart.units as Row[] | undefined) ?? []).map((u) => String(u.id));
  return memberSideValid(unitIds).chain((memberPart) => {
    const memberIds = ((memberPart.members as Row[] | undefined) ?? []).map((m) => String(m.id));
    const visits =
      memberIds.length === 0
        ? fc.constant<Row[]>([])
        : ownedBy(uniqueRecords(Visit), "memberId", fc.constantFrom(...memberIds).chain(samePadded));
    return visits.map((list) => ({ ...memberPart, ...unitPart, visits: list }));
  });
});

const AuditDataset = unitCheckedDataset(valid, {
  ...unitDatasetLists,
  ...memberDatasetLists,
  visits: listOf(Visit, 2),
});

export const auditCases: Record<string, Case> = { AuditDataset };
