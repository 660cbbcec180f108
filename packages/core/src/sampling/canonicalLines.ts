import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { codePointOrder, encodeTexts, type Utf8Table } from "./utf8Table";

/** A population written canonically and hashed. */
export interface CanonicalPopulation {
  /** The keys (IDs) as UTF-8, in input order. */
  keys: Utf8Table;
  /** Key indexes in code point order. */
  order: Uint32Array;
  /** SHA-256 of the canonical text, lower-case hex. */
  hash: string;
  /** A key that occurs twice, if any (the population is then not well defined). */
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
 */
export function canonicalPopulation(
  keys: readonly string[],
  values?: readonly string[],
): CanonicalPopulation {
  const keyTable = encodeTexts(keys);
  const valueTable = values ? encodeTexts(values) : undefined;
  const order = codePointOrder(keyTable);
  const n = keys.length;
  let size = (keyTable.offsets[n] as number) + n;
  if (valueTable) size += (valueTable.offsets[n] as number) + n;
  const text = new Uint8Array(size);
  const keyBytes = keyTable.bytes;
  const keyOffsets = keyTable.offsets;
  let duplicate: string | undefined;
  let p = 0;
  let previousStart = -1;
  let previousLength = -1;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const start = p;
    // Byte loops, not subarray views: a million views would cost more than the copying.
    for (let b = keyOffsets[i] as number, end = keyOffsets[i + 1] as number; b < end; b++) {
      text[p++] = keyBytes[b] as number;
    }
    // Sorted, so a key that occurs twice is equal to the key written just before it.
    if (duplicate === undefined && p - start === previousLength) {
      let same = true;
      for (let b = 0; b < previousLength && same; b++) same = text[previousStart + b] === text[start + b];
      if (same) duplicate = keys[i];
    }
    previousStart = start;
    previousLength = p - start;
    if (valueTable) {
      text[p++] = 0x09;
      const valueBytes = valueTable.bytes;
      for (let b = valueTable.offsets[i] as number, end = valueTable.offsets[i + 1] as number; b < end; b++) {
        text[p++] = valueBytes[b] as number;
      }
    }
    text[p++] = 0x0a;
  }
  return { keys: keyTable, order, hash: bytesToHex(sha256(text)), duplicate };
}
