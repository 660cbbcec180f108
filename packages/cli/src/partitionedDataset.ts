import type { AuditDataset } from "@shuangbaodao/core";

/**
 * A dataset handed over a part at a time, so that the members' records need
 * not all be in memory at once ({@link MemberSpill}): `kept` holds every list
 * but the members' own; each of `partitions()` is `kept` with some of the
 * members and their records, the parts in member order.
 */
export interface PartitionedDataset {
  readonly kept: AuditDataset;
  readonly memberCount: number;
  partitions(): Iterable<AuditDataset>;
}

/** A dataset in memory as a single partition. */
export function onePartition(dataset: AuditDataset): PartitionedDataset {
  return { kept: dataset, memberCount: dataset.members.length, partitions: () => [dataset] };
}
