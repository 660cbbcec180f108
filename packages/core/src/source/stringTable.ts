import { typedArrayOf } from "../collections/typedArrayOf";

/** Below this many code units a key is ASCII-sized; the table starts small and doubles. */
const FIRST_BYTES = 1 << 12;
const FIRST_ENTRIES = 1 << 8;
/** Each buffer grows by half again: less room left unused than by doubling, for a few more copies. */
const GROWTH = 1.5;
/** A code unit of 0x80 or more is written as this marker and its two bytes (ASCII stays one byte). */
const WIDE = 0x80;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/**
 * Keys longer than this many code units (no valid ID is; two IDs and a
 * separator are not) are kept in a `Map` instead: a string caches its own
 * hash, while copying a 10 MB key into the buffer on every look-up took a
 * minute for a dataset that quotes one in 60 records.
 */
const LONGEST_COPIED = 512;

/**
 * A set of strings, each with a few 32-bit numbers of its own, that holds no
 * JavaScript string: every key is copied as bytes into one growing buffer and
 * found through an open-addressing hash table over typed arrays. IDs kept
 * in `Map<string, number>`s cost each a string object and a map entry (70
 * bytes an ID at 1.6 million records of 14-character IDs); here 33, room to
 * grow included (docs/performance.md). Lookups are exact: two keys are the
 * same entry only when all their code units are equal (lone surrogates
 * included), never by a hash alone.
 */
export class StringTable {
  readonly #columns: number;
  #bytes = new Uint8Array(FIRST_BYTES);
  #used = 0;
  /** Where each entry's bytes start; entry `e` ends where `e + 1` starts. */
  #starts = new Uint32Array(FIRST_ENTRIES + 1);
  #values: Int32Array;
  #size = 0;
  /** Entry + 1 at each slot, 0 where free; at most two thirds full (linear probing stays short). */
  #slots = new Int32Array(FIRST_ENTRIES * 2);
  /** The hash of the bytes `#encode` wrote last. */
  #encodedHash = 0;
  /** The entries of keys longer than {@link LONGEST_COPIED}; they have no bytes in the buffer and no slot. */
  readonly #longKeys = new Map<string, number>();

  /** A table whose entries each carry `columns` numbers (0 when not set). */
  constructor(columns = 1) {
    this.#columns = columns;
    this.#values = new Int32Array(FIRST_ENTRIES * columns);
  }

  /** How many distinct strings the table holds. */
  get size(): number {
    return this.#size;
  }

  /** The entry of `key`, or -1 when the table does not hold it. */
  find(key: string): number {
    if (key.length > LONGEST_COPIED) return this.#longKeys.get(key) ?? -1;
    const end = this.#encode(key);
    const slot = this.#slotOf(this.#used, end);
    return (this.#slots[slot] as number) - 1;
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /**
   * The entry of `key` if the table held it already; if not, it is added and
   * the bitwise complement of its new entry (`~entry`, negative) is returned,
   * so a caller learns in one lookup whether the key is new.
   */
  intern(key: string): number {
    if (key.length > LONGEST_COPIED) return this.#internLong(key);
    const start = this.#used;
    const end = this.#encode(key);
    const slot = this.#slotOf(start, end);
    const found = (this.#slots[slot] as number) - 1;
    if (found >= 0) return found;
    const entry = this.#newEntry(end);
    this.#slots[slot] = entry + 1;
    if (this.#size * 3 > this.#slots.length * 2) this.#rehash(this.#slots.length * 2);
    return ~entry;
  }

  #internLong(key: string): number {
    const found = this.#longKeys.get(key);
    if (found !== undefined) return found;
    // No bytes kept: an empty run that no slot points to.
    const entry = this.#newEntry(this.#used);
    this.#longKeys.set(key, entry);
    return ~entry;
  }

  /** Numbers a new entry whose bytes end at `end` (the buffer's used part grows to it). */
  #newEntry(end: number): number {
    const entry = this.#size;
    if (entry + 1 >= this.#starts.length) this.#growEntries(Math.ceil(entry * GROWTH));
    this.#used = end;
    this.#starts[entry + 1] = end;
    this.#size = entry + 1;
    return entry;
  }

  /** Number `column` of `entry`. */
  value(entry: number, column = 0): number {
    return this.#values[entry * this.#columns + column] as number;
  }

  setValue(entry: number, column: number, value: number): void {
    this.#values[entry * this.#columns + column] = value;
  }

  /** Writes `key`'s bytes after the used part (not yet kept), hashing them as it goes (FNV-1a); returns where they end. */
  #encode(key: string): number {
    const start = this.#used;
    if (start + key.length * 3 > this.#bytes.length) this.#growBytes(start + key.length * 3);
    const bytes = this.#bytes;
    let at = start;
    let hash = FNV_OFFSET;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      if (unit < WIDE) {
        bytes[at++] = unit;
        hash = Math.imul(hash ^ unit, FNV_PRIME);
      } else {
        bytes[at++] = WIDE;
        bytes[at++] = unit >>> 8;
        bytes[at++] = unit & 0xff;
        hash = Math.imul(hash ^ WIDE, FNV_PRIME);
        hash = Math.imul(hash ^ (unit >>> 8), FNV_PRIME);
        hash = Math.imul(hash ^ (unit & 0xff), FNV_PRIME);
      }
    }
    this.#encodedHash = hash;
    return at;
  }

  /** The slot that holds the bytes `start…end` just encoded, or the free slot where they would go. */
  #slotOf(start: number, end: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = this.#encodedHash & mask; ; slot = (slot + 1) & mask) {
      const held = (slots[slot] as number) - 1;
      if (held < 0 || this.#holds(held, start, end)) return slot;
    }
  }

  /** Whether entry `entry` has exactly the bytes `start…end`. */
  #holds(entry: number, start: number, end: number): boolean {
    const from = this.#starts[entry] as number;
    if ((this.#starts[entry + 1] as number) - from !== end - start) return false;
    const bytes = this.#bytes;
    for (let i = 0; i < end - start; i++) if (bytes[from + i] !== bytes[start + i]) return false;
    return true;
  }

  /** FNV-1a over bytes already kept (as `#encode` hashes them). */
  #hash(start: number, end: number): number {
    const bytes = this.#bytes;
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), FNV_PRIME);
    return hash;
  }

  #growBytes(needed: number): void {
    const grown = typedArrayOf(Uint8Array, Math.max(needed, Math.ceil(this.#bytes.length * GROWTH)));
    grown.set(this.#bytes.subarray(0, this.#used));
    this.#bytes = grown;
  }

  #growEntries(capacity: number): void {
    const starts = typedArrayOf(Uint32Array, capacity + 1);
    starts.set(this.#starts);
    this.#starts = starts;
    const values = typedArrayOf(Int32Array, capacity * this.#columns);
    values.set(this.#values);
    this.#values = values;
  }

  #rehash(length: number): void {
    const slots = typedArrayOf(Int32Array, length);
    const mask = length - 1;
    const long = new Set(this.#longKeys.values());
    for (let entry = 0; entry < this.#size; entry++) {
      if (long.has(entry)) continue;
      let slot = this.#hash(this.#starts[entry] as number, this.#starts[entry + 1] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.#slots = slots;
  }
}
