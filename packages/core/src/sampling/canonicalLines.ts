import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { codePointOrder, encodeTexts, type Utf8Table } from "./utf8Table";

/** A population written canonically and hashed. */
export interface CanonicalPopulation {
  /** The keys (IDs) as UTF-8, in input order, then the `others`. */
  keys: Utf8Table;
  /** Key indexes (keys and others) in code point order. */
  order: Uint32Array;
  /** SHA-256 of the canonical text, lower-case hex. */
  hash: string;
  /** A key that occurs twice among keys and others, if any (the population is then not well defined). */
  duplicate: string | undefined;
}

/**
 * The canonical text of a population and its SHA-256: one line per entry,
 * `key` or `key TAB value`, each ended by LF, lines sorted by code point
 * (= UTF-8 bytes; TAB sorts before every character a canonical key may
 * hold, so this is the order of the keys), all in UTF-8. The empty
 * population is the empty text (hash e3b0c442…b855).
 *
 * Reproducible with standard tools: `LC_ALL=C sort population.txt | sha256sum`.
 *
 * `others` are keys outside the population (members out of scope) that must
 * not repeat one inside it: sorted with the keys, so the one pass over the
 * sorted keys finds every duplicate, and left out of the text.
 */
export function canonicalPopulation(
  keys: readonly string[],
  values?: readonly string[],
  others: readonly string[] = [],
): CanonicalPopulation {
  const keyTable = encodeTexts(others.length > 0 ? [...keys, ...others] : keys);
  const valueTable = values ? encodeTexts(values) : undefined;
  const order = codePointOrder(keyTable);
  const inPopulation = keys.length;
  const n = keyTable.count;
  const keyBytes = keyTable.bytes;
  const keyOffsets = keyTable.offsets;
  // Where each line's key starts and ends, in sorted order: independent loads the CPU can overlap,
  // so the copy below does not wait on one cache miss at a time.
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    starts[k] = keyOffsets[i] as number;
    ends[k] = keyOffsets[i + 1] as number;
  }
  // The text is hashed as it is written, a chunk at a time, never held whole.
  const hasher = sha256.create();
  let chunk = new Uint8Array(CHUNK);
  let p = 0;
  let duplicate: string | undefined;
  let previousStart = 0;
  let previousLength = -1;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const start = starts[k] as number;
    const end = ends[k] as number;
    // Sorted, so a key that occurs twice equals the key just before it.
    if (duplicate === undefined && end - start === previousLength) {
      let same = true;
      for (let b = 0; b < previousLength && same; b++)
        same = keyBytes[previousStart + b] === keyBytes[start + b];
      if (same) duplicate = i < inPopulation ? keys[i] : others[i - inPopulation];
    }
    previousStart = start;
    previousLength = end - start;
    if (i >= inPopulation) continue;
    const valueStart = valueTable ? (valueTable.offsets[i] as number) : 0;
    const valueEnd = valueTable ? (valueTable.offsets[i + 1] as number) : 0;
    const line = end - start + (valueTable ? valueEnd - valueStart + 1 : 0) + 1;
    if (p + line > chunk.length) {
      hasher.update(chunk.subarray(0, p));
      p = 0;
      if (line > chunk.length) chunk = new Uint8Array(line);
    }
    for (let b = start; b < end; b++) chunk[p++] = keyBytes[b] as number;
    if (valueTable) {
      chunk[p++] = 0x09;
      const valueBytes = valueTable.bytes;
      for (let b = valueStart; b < valueEnd; b++) chunk[p++] = valueBytes[b] as number;
    }
    chunk[p++] = 0x0a;
  }
  hasher.update(chunk.subarray(0, p));
  return { keys: keyTable, order, hash: bytesToHex(hasher.digest()), duplicate };
}

const CHUNK = 1 << 16;
