import fc from "fast-check";
import { memberRecordsInputArbitrary } from "../../../packages/core/src/member/testing/memberArbitraries";
import type { MemberRecords, MemberRecordsInput } from "../../../packages/core/src/model/memberRecords";
import { MemberRecords as MemberRecordsSchema } from "../../../packages/core/src/model/memberRecords";

/** The seed of every generated data set, so every run measures the same members. */
export const SEED = 20_191_031;

/**
 * Distinct member-years drawn from the property tests' arbitrary (fast-check,
 * fixed seed): 1–3 residences (so moves), 0–3 reports, 0–3 claims, 0–12
 * services over 2019–2020 (some flagged, some elsewhere), four-musts events,
 * feedback in every state, self-reports. Member `i` of a benchmark is pool
 * entry `i mod size` under its own IDs, so any N can be produced without
 * sampling N times.
 */
export interface MemberPool {
  /** Raw input, the way a caller sends it (dates in several forms). */
  inputs: MemberRecordsInput[];
  /** The same members validated once with `MemberRecords.parse`. */
  records: MemberRecords[];
}

/**
 * The property tests' arbitrary, with one change for realism: it makes most
 * members join after the programme start (to hit the edge cases), while in a
 * real city about one in ten does, so nine in ten lose their `inScopeFrom`.
 */
export const benchMemberArbitrary: fc.Arbitrary<MemberRecordsInput> = fc
  .tuple(memberRecordsInputArbitrary, fc.nat(9))
  .map(([input, draw]) => {
    if (draw === 0) return input;
    const { inScopeFrom: _joinedLater, ...member } = input.member;
    return { ...input, member };
  });

export function memberPool(size = 5_000, seed = SEED): MemberPool {
  const inputs = fc.sample(benchMemberArbitrary, { seed, numRuns: size });
  return { inputs, records: inputs.map((input) => MemberRecordsSchema.parse(input)) };
}

/** The unit a member belongs to: 1,000 units of a city, members spread over them. */
export function unitOf(i: number): string {
  return `u${String(i % 1000).padStart(4, "0")}`;
}

function memberIdOf(i: number): string {
  return `m${String(i).padStart(7, "0")}`;
}

type WithIds = { id: string; memberId?: string; eventId?: string };

/**
 * A pool entry under member `i`'s own IDs: fresh objects (nothing shared
 * between members), every record ID prefixed with the member ID, so the data
 * looks like a real register's.
 */
function reidentified<T extends { member: { id: string; unitId: string; branchId?: string } }>(
  template: T,
  i: number,
): T {
  const memberId = memberIdOf(i);
  const unitId = unitOf(i);
  const relabel = <R extends WithIds>(list: readonly R[] | undefined): R[] =>
    (list ?? []).map((r) => ({
      ...r,
      id: `${memberId}-${r.id}`,
      ...(r.memberId !== undefined && { memberId }),
      ...(r.eventId !== undefined && { eventId: `${memberId}-${r.eventId}` }),
    }));
  const t = template as unknown as Record<string, WithIds[] | undefined>;
  return {
    ...template,
    member: { ...template.member, id: memberId, unitId, branchId: `${unitId}-b${i % 7}` },
    residences: relabel(t.residences),
    reports: relabel(t.reports),
    postClaims: relabel(t.postClaims),
    services: relabel(t.services),
    communityEvents: relabel(t.communityEvents),
    attendances: relabel(t.attendances),
    feedback: relabel(t.feedback),
    selfReports: relabel(t.selfReports),
  };
}

/** Member `i` as validated records (what `assessMember` takes). */
export function memberRecordsAt(pool: MemberPool, i: number): MemberRecords {
  return reidentified(pool.records[i % pool.records.length] as MemberRecords, i);
}

/** Member `i` as raw input. */
export function memberInputAt(pool: MemberPool, i: number): MemberRecordsInput {
  return reidentified(pool.inputs[i % pool.inputs.length] as MemberRecordsInput, i);
}

/** Member `i` as one line of JSON text (NDJSON), the way an HR system exports it. */
export function memberJsonAt(pool: MemberPool, i: number): string {
  return JSON.stringify(memberInputAt(pool, i));
}

/** Members `from` … `from + count - 1` as validated records. */
export function memberRecordsChunk(pool: MemberPool, from: number, count: number): MemberRecords[] {
  return Array.from({ length: count }, (_, k) => memberRecordsAt(pool, from + k));
}

/** Members `from` … `from + count - 1` as JSON text lines. */
export function memberJsonChunk(pool: MemberPool, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, k) => memberJsonAt(pool, from + k));
}
