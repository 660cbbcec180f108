import { _SHA256, sha256 } from "@noble/hashes/sha2.js";
import { concatBytes } from "@noble/hashes/utils.js";

/**
 * SHA-256 of `prefix ‖ message` for many short messages under one prefix,
 * using @noble/hashes' SHA-256 compression function. The prefix's whole
 * blocks are compressed once; each message then costs its remaining
 * block(s) only — one compression while prefix tail, message and the 9
 * padding bytes fit in 64. Padding is FIPS 180-4 §5.1.1.
 *
 * Noble's compression is reached through its exported `_SHA256` class. On
 * construction the result is checked against noble's public `sha256()`; if
 * a future noble version made them disagree, this falls back to the public
 * streaming API (same digests, slower).
 */
class PrefixedEngine extends _SHA256 {
  private readonly midstate: number[];
  private readonly tail: Uint8Array;
  private readonly prefixLength: number;
  private scratch = new Uint8Array(128);
  private scratchView = new DataView(this.scratch.buffer);

  constructor(prefix: Uint8Array) {
    super();
    const whole = prefix.length - (prefix.length % 64);
    const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
    for (let offset = 0; offset < whole; offset += 64) this.process(view, offset);
    this.midstate = this.get();
    this.tail = prefix.slice(whole);
    this.prefixLength = prefix.length;
    // The prefix's last partial block stays at the head of the scratch block; messages go after it.
    this.scratch.set(this.tail, 0);
  }

  /**
   * Writes the first `count` (default all 8) big-endian words of
   * SHA-256(prefix ‖ bytes[start..end]) to `out[at..at + count]`.
   */
  digestWords(bytes: Uint8Array, start: number, end: number, out: Uint32Array, at: number, count = 8): void {
    const tailLength = this.tail.length;
    const total = tailLength + end - start;
    const length = (((total + 9 + 63) >>> 6) << 6) >>> 0;
    if (length > this.scratch.length) {
      this.scratch = new Uint8Array(length);
      this.scratchView = new DataView(this.scratch.buffer);
      this.scratch.set(this.tail, 0);
    }
    const block = this.scratch;
    for (let i = start, j = tailLength; i < end; i++, j++) block[j] = bytes[i] as number;
    block[total] = 0x80;
    block.fill(0, total + 1, length - 8);
    const bits = (this.prefixLength + end - start) * 8;
    this.scratchView.setUint32(length - 8, Math.floor(bits / 0x100000000));
    this.scratchView.setUint32(length - 4, bits >>> 0);
    const m = this.midstate;
    this.set(
      m[0] as number,
      m[1] as number,
      m[2] as number,
      m[3] as number,
      m[4] as number,
      m[5] as number,
      m[6] as number,
      m[7] as number,
    );
    for (let offset = 0; offset < length; offset += 64) this.process(this.scratchView, offset);
    out[at] = this.A >>> 0;
    out[at + 1] = this.B >>> 0;
    if (count === 2) return;
    out[at + 2] = this.C >>> 0;
    out[at + 3] = this.D >>> 0;
    out[at + 4] = this.E >>> 0;
    out[at + 5] = this.F >>> 0;
    out[at + 6] = this.G >>> 0;
    out[at + 7] = this.H >>> 0;
  }
}

/** Hashes `prefix ‖ message` for many messages; see {@link PrefixedEngine}. */
export interface PrefixedSha256 {
  digestWords(
    bytes: Uint8Array,
    start: number,
    end: number,
    out: Uint32Array,
    at: number,
    count?: number,
  ): void;
}

/** The same digests through noble's public streaming API (the fallback; exported for tests). */
export function streamingSha256(prefix: Uint8Array): PrefixedSha256 {
  const base = sha256.create().update(prefix);
  const work = base.clone();
  const digest = new Uint8Array(32);
  const view = new DataView(digest.buffer);
  return {
    digestWords(bytes, start, end, out, at, count = 8) {
      base._cloneInto(work);
      work.update(bytes.subarray(start, end));
      work.digestInto(digest);
      for (let w = 0; w < count; w++) out[at + w] = view.getUint32(4 * w);
    },
  };
}

const bytes = (length: number, salt: number) => Uint8Array.from({ length }, (_, i) => (i * 37 + salt) & 0xff);

/**
 * Whether the fast engine gives noble's public `sha256` digests: prefixes of
 * 0 to 2 blocks and messages of 1 to 3 tail blocks, around every padding
 * boundary. Checked once per module load.
 */
function engineAgrees(): boolean {
  try {
    const out = new Uint32Array(8);
    for (const prefixLength of [0, 1, 37, 63, 64, 65, 130]) {
      const prefix = bytes(prefixLength, 5);
      const engine = new PrefixedEngine(prefix);
      for (const messageLength of [0, 1, 54, 55, 56, 63, 64, 119, 120, 150]) {
        const message = bytes(messageLength, 11);
        engine.digestWords(message, 0, message.length, out, 0);
        const digest = sha256(concatBytes(prefix, message));
        const expected = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
        for (let w = 0; w < 8; w++) if (out[w] !== expected.getUint32(4 * w)) return false;
      }
    }
    return true;
  } catch {
    // An internal of noble changed shape: use the public API.
    return false;
  }
}

let fastEngineOk: boolean | undefined;

/** A hasher of `prefix ‖ message`: the fast engine when it agrees with noble's public `sha256`. */
export function prefixedSha256(prefix: Uint8Array): PrefixedSha256 {
  fastEngineOk ??= engineAgrees();
  return fastEngineOk ? new PrefixedEngine(prefix) : streamingSha256(prefix);
}
