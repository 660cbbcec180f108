import { radixSort, sortEqualRuns } from "./radixSort";

/** Many texts encoded as UTF-8 into one buffer: entry `i` is `bytes[offsets[i]..offsets[i + 1]]`. */
export interface Utf8Table {
  count: number;
  bytes: Uint8Array;
  offsets: Uint32Array;
}

/** Encodes texts as UTF-8 (well-formed text assumed: canonical IDs have no lone surrogate). */
export function encodeTexts(texts: readonly string[]): Utf8Table {
  const count = texts.length;
  let capacity = 16;
  for (const text of texts) capacity += text.length;
  let bytes: Uint8Array = new Uint8Array(capacity);
  const offsets = new Uint32Array(count + 1);
  const encoder = new TextEncoder();
  let p = 0;
  for (let i = 0; i < count; i++) {
    const text = texts[i] as string;
    const n = text.length;
    offsets[i] = p;
    let ascii = true;
    if (p + n > bytes.length) bytes = grow(bytes, p + n);
    for (let j = 0; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c > 0x7f) {
        ascii = false;
        break;
      }
      bytes[p + j] = c;
    }
    if (ascii) {
      p += n;
    } else {
      if (p + 3 * n > bytes.length) bytes = grow(bytes, p + 3 * n);
      p += encoder.encodeInto(text, bytes.subarray(p)).written;
    }
  }
  offsets[count] = p;
  return { count, bytes, offsets };
}

function grow(bytes: Uint8Array, needed: number): Uint8Array {
  const next = new Uint8Array(Math.max(needed, bytes.length * 2));
  next.set(bytes);
  return next;
}

/** Byte order (= code point order) of two entries, comparing from byte `from` on. */
export function compareEntries(table: Utf8Table, a: number, b: number, from = 0): number {
  const { bytes, offsets } = table;
  const endA = offsets[a + 1] as number;
  const endB = offsets[b + 1] as number;
  let i = Math.min((offsets[a] as number) + from, endA);
  let j = Math.min((offsets[b] as number) + from, endB);
  for (; i < endA && j < endB; i++, j++) {
    const d = (bytes[i] as number) - (bytes[j] as number);
    if (d !== 0) return d;
  }
  return endA - i - (endB - j);
}

/**
 * The entries in code point order (UTF-8 byte order), as indexes. Radix-sorts
 * on the six bytes after the prefix all entries share, then orders the rare
 * runs those six bytes do not tell apart by their remaining bytes.
 */
export function codePointOrder(table: Utf8Table): Uint32Array {
  const { count, bytes, offsets } = table;
  let common = count > 0 ? (offsets[1] as number) - (offsets[0] as number) : 0;
  for (let k = 1; k < count && common > 0; k++) {
    const a = offsets[0] as number;
    const b = offsets[k] as number;
    const limit = Math.min(common, (offsets[k + 1] as number) - b);
    let i = 0;
    while (i < limit && bytes[a + i] === bytes[b + i]) i++;
    common = i;
  }
  const digits = [new Uint16Array(count), new Uint16Array(count), new Uint16Array(count)];
  for (let k = 0; k < count; k++) {
    const start = (offsets[k] as number) + common;
    const end = offsets[k + 1] as number;
    for (let d = 0; d < 3; d++) {
      const i = start + 2 * d;
      // Past the end reads as 0x00, below every byte of a canonical text, so a prefix sorts first.
      const hi = i < end ? (bytes[i] as number) : 0;
      const lo = i + 1 < end ? (bytes[i + 1] as number) : 0;
      (digits[d] as Uint16Array)[k] = (hi << 8) | lo;
    }
  }
  const items = new Uint32Array(count);
  for (let k = 0; k < count; k++) items[k] = k;
  const sorted = radixSort(items, digits);
  sortEqualRuns(sorted, digits, (a, b) => compareEntries(table, a, b, common + 6));
  return sorted;
}
