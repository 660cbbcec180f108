import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, concatBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { compareCodePoints } from "../collections/compareCodePoints";
import { prefixedSha256 } from "./prefixedSha256";
import { radixSort, sortEqualRuns } from "./radixSort";
import { encodeTexts, type Utf8Table } from "./utf8Table";

/**
 * The rank of an ID under a seed: SHA-256(UTF-8(seed) ‖ 0x00 ‖ UTF-8(id)),
 * as 64 lower-case hex digits. Lower ranks are drawn first (compare the
 * digests as unsigned big-endian numbers, i.e. byte by byte). The seed cannot
 * contain 0x00, so the hashed bytes split back into seed and ID one way only.
 *
 * This is the reference form, easy to retype in any language; {@link rankTable}
 * computes the same digests in bulk.
 */
export function rankOf(seed: string, id: string): string {
  return bytesToHex(sha256(concatBytes(utf8ToBytes(seed), Uint8Array.of(0), utf8ToBytes(id))));
}

/** The ranks of a list of IDs under one seed, kept as the first 64 bits of each digest. */
export interface RankTable {
  seed: string;
  ids: readonly string[];
  /**
   * The first two big-endian 32-bit words (8 of the 32 digest bytes) per ID,
   * in the order of `ids`. Two equal heads — about one chance in 2^64 per
   * pair — are settled by the full digests, recomputed then.
   */
  heads: Uint32Array;
}

/**
 * The ranks of IDs. `encoded` may pass the IDs already encoded (entry `i`
 * must be `ids[i]`), to save encoding them twice; `only` limits the work to
 * some indexes (the others are left zero and must not be compared).
 */
export function rankTable(
  seed: string,
  ids: readonly string[],
  encoded?: Utf8Table,
  only?: ArrayLike<number>,
): RankTable {
  const { bytes, offsets } = encoded ?? encodeTexts(ids);
  const engine = prefixedSha256(concatBytes(utf8ToBytes(seed), Uint8Array.of(0)));
  const heads = new Uint32Array(ids.length * 2);
  const count = only ? only.length : ids.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    engine.digestWords(bytes, offsets[i] as number, offsets[i + 1] as number, heads, i * 2, 2);
  }
  return { seed, ids, heads };
}

/** Rank order of two entries: by digest (unsigned, big-endian), then (never seen in practice) by ID. */
export function compareRank(table: RankTable, a: number, b: number): number {
  const { heads } = table;
  for (let w = 0; w < 2; w++) {
    const x = heads[a * 2 + w] as number;
    const y = heads[b * 2 + w] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  const idA = table.ids[a] as string;
  const idB = table.ids[b] as string;
  const full = rankOf(table.seed, idA);
  const other = rankOf(table.seed, idB);
  if (full !== other) return full < other ? -1 : 1;
  return compareCodePoints(idA, idB);
}

/**
 * `candidates` (indexes into the table) sorted by rank, lowest first:
 * radix sort on the first 64 bits of each digest, then the full comparison
 * for the (astronomically rare) equal heads.
 */
export function rankOrder(table: RankTable, candidates: ArrayLike<number>): Uint32Array {
  const m = candidates.length;
  // Digits by position among the candidates, so the work is in their number, not the table's.
  const digits = [new Uint16Array(m), new Uint16Array(m), new Uint16Array(m), new Uint16Array(m)];
  const [d0, d1, d2, d3] = digits as [Uint16Array, Uint16Array, Uint16Array, Uint16Array];
  const positions = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const c = candidates[k] as number;
    positions[k] = k;
    const w0 = table.heads[c * 2] as number;
    const w1 = table.heads[c * 2 + 1] as number;
    d0[k] = w0 >>> 16;
    d1[k] = w0 & 0xffff;
    d2[k] = w1 >>> 16;
    d3[k] = w1 & 0xffff;
  }
  const sorted = radixSort(positions, digits);
  sortEqualRuns(sorted, digits, (a, b) =>
    compareRank(table, candidates[a] as number, candidates[b] as number),
  );
  for (let k = 0; k < m; k++) sorted[k] = candidates[sorted[k] as number] as number;
  return sorted;
}

/** Up to this many candidates ranking them all beats the histogram cut, whose 65,536 counters cost more (as in radixSort). */
const SMALL_POPULATION = 4096;

/**
 * The `count` lowest-ranked `candidates`, lowest first: equal to the first
 * `count` of {@link rankOrder}, but sorts only the candidates whose first 16
 * rank bits are at or below the cut — a fifth of a 20% draw.
 */
export function lowestRanked(table: RankTable, candidates: ArrayLike<number>, count: number): Uint32Array {
  if (count >= candidates.length) return rankOrder(table, candidates);
  if (count <= 0) return new Uint32Array(0);
  if (candidates.length <= SMALL_POPULATION) return rankOrder(table, candidates).subarray(0, count);
  const histogram = new Uint32Array(0x10000);
  for (let k = 0; k < candidates.length; k++) {
    const top = (table.heads[(candidates[k] as number) * 2] as number) >>> 16;
    histogram[top] = (histogram[top] as number) + 1;
  }
  let cut = 0;
  for (let sum = 0; cut < 0x10000; cut++) {
    sum += histogram[cut] as number;
    if (sum >= count) break;
  }
  const chosen: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as number;
    if ((table.heads[c * 2] as number) >>> 16 <= cut) chosen.push(c);
  }
  return rankOrder(table, chosen).subarray(0, count);
}
