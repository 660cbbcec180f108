import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, concatBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { compareCodePoints } from "./canonicalText";
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

/** The rank digests of a list of IDs under one seed. */
export interface RankTable {
  ids: readonly string[];
  /** 8 big-endian 32-bit words (the 32 digest bytes) per ID, in the order of `ids`. */
  words: Uint32Array;
}

/**
 * The rank digests of IDs. `encoded` may pass the IDs already encoded (entry
 * `i` must be `ids[i]`), to save encoding them twice; `only` limits the work
 * to some indexes (the others are left zero and must not be compared).
 */
export function rankTable(
  seed: string,
  ids: readonly string[],
  encoded?: Utf8Table,
  only?: ArrayLike<number>,
): RankTable {
  const { bytes, offsets } = encoded ?? encodeTexts(ids);
  const engine = prefixedSha256(concatBytes(utf8ToBytes(seed), Uint8Array.of(0)));
  const words = new Uint32Array(ids.length * 8);
  const count = only ? only.length : ids.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    engine.digestWords(bytes, offsets[i] as number, offsets[i + 1] as number, words, i * 8);
  }
  return { ids, words };
}

/** Rank order of two entries: by digest, then (never seen in practice) by ID. */
export function compareRank(table: RankTable, a: number, b: number): number {
  const { words } = table;
  for (let w = 0; w < 8; w++) {
    const x = words[a * 8 + w] as number;
    const y = words[b * 8 + w] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return compareCodePoints(table.ids[a] as string, table.ids[b] as string);
}

/** The hex rank of one entry (equal to {@link rankOf} of its ID). */
export function rankHexAt(table: RankTable, index: number): string {
  let hex = "";
  for (let w = 0; w < 8; w++) hex += (table.words[index * 8 + w] as number).toString(16).padStart(8, "0");
  return hex;
}

/**
 * `candidates` (indexes into the table) sorted by rank, lowest first:
 * radix sort on the first 64 bits of each digest, then the full comparison
 * for the (astronomically rare) equal prefixes.
 */
export function rankOrder(table: RankTable, candidates: ArrayLike<number>): Uint32Array {
  const n = table.ids.length;
  const digits = [new Uint16Array(n), new Uint16Array(n), new Uint16Array(n), new Uint16Array(n)];
  const items = new Uint32Array(candidates.length);
  const [d0, d1, d2, d3] = digits as [Uint16Array, Uint16Array, Uint16Array, Uint16Array];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as number;
    items[k] = c;
    const w0 = table.words[c * 8] as number;
    const w1 = table.words[c * 8 + 1] as number;
    d0[c] = w0 >>> 16;
    d1[c] = w0 & 0xffff;
    d2[c] = w1 >>> 16;
    d3[c] = w1 & 0xffff;
  }
  const sorted = radixSort(items, digits);
  sortEqualRuns(sorted, digits, (a, b) => compareRank(table, a, b));
  return sorted;
}
