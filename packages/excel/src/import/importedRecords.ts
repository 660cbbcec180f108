import type { CommunityVisit, Dataset, FindingsPublication, UnitDataset, Visit } from "@shuangbaodao/core";

/**
 * The records of an import, one list per record kind: the member programme's
 * `Dataset`, the unit programme's `UnitDataset` (which share `units`), and the
 * spot checks' visits and published findings.
 */
export type ImportedRecords = Dataset &
  Omit<UnitDataset, "units"> & {
    visits: Visit[];
    communityVisits: CommunityVisit[];
    findings: FindingsPublication[];
  };
