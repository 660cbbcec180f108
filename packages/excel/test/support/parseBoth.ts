import { CommunityVisit, Dataset, FindingsPublication, UnitDataset, Visit } from "@shuangbaodao/core";

const each = <T>(schema: { parse(value: unknown): T }, values: unknown) =>
  (Array.isArray(values) ? values : []).map((value) => schema.parse(value));

/** The records the core schemas make of an input: what an import of the same records must give back. */
export function parseBoth(input: object) {
  const { units: _units, ...unitRecords } = UnitDataset.parse(input);
  const sampling = input as { visits?: unknown; communityVisits?: unknown; findings?: unknown };
  return {
    ...Dataset.parse(input),
    ...unitRecords,
    visits: each(Visit, sampling.visits),
    communityVisits: each(CommunityVisit, sampling.communityVisits),
    findings: each(FindingsPublication, sampling.findings),
  };
}
