import { AuditDataset, CommunityVisit, FindingsPublication } from "@shuangbaodao/core";

const each = <T>(schema: { parse(value: unknown): T }, values: unknown) =>
  (Array.isArray(values) ? values : []).map((value) => schema.parse(value));

/** The records the core schemas make of an input: what an import of the same records must give back. */
export function parseBoth(input: object) {
  // The audit dataset takes no keys of its own besides its records; the sampling registers are parsed alone.
  const { communityVisits, findings, ...audit } = input as Record<string, unknown>;
  return {
    ...AuditDataset.parse(audit),
    communityVisits: each(CommunityVisit, communityVisits),
    findings: each(FindingsPublication, findings),
  };
}
