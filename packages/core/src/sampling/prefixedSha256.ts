import { addInto, compressBlock, expandSchedule, readBlock, runRounds, SHA256_IV } from "./sha256Compress";

/**
 * SHA-256 of `prefix ‖ message` for many short messages under one prefix
 * (a draw hashes seed ‖ 0x00 ‖ ID for every member). Work done once per
 * prefix:
 * - its whole 64-byte blocks are compressed (the midstate);
 * - when its last partial block holds 32 bytes or more, the first 8 rounds
 *   of that block read only prefix bytes, so they are run once too.
 * Each message then costs its remaining block(s): one compression (less 8
 * rounds) while prefix tail, message and the 9 padding bytes fit in 64.
 * Padding is FIPS 180-4 §5.1.1. The digests equal @noble/hashes' `sha256`
 * (the tests compare them over prefixes and messages of every length).
 */
class PrefixedEngine implements PrefixedSha256 {
  private readonly midstate = SHA256_IV.slice();
  /** Working variables after rounds 0–7 of the message's first block, when the prefix fixes them. */
  private readonly afterPrefixRounds: Int32Array | undefined;
  private readonly tailLength: number;
  private readonly prefixLength: number;
  private block = new Uint8Array(128);
  private readonly schedule = new Int32Array(64);
  private readonly state = new Int32Array(8);
  private readonly work = new Int32Array(8);

  constructor(prefix: Uint8Array) {
    const whole = prefix.length - (prefix.length % 64);
    for (let at = 0; at < whole; at += 64) compressBlock(this.midstate, prefix, at, this.schedule);
    this.prefixLength = prefix.length;
    this.tailLength = prefix.length - whole;
    // The prefix's last partial block stays at the head of the block buffer; messages go after it.
    this.block.set(prefix.subarray(whole), 0);
    if (this.tailLength >= 32) {
      readBlock(this.block, 0, this.schedule);
      const work = this.midstate.slice();
      runRounds(work, this.schedule, 0, 8);
      this.afterPrefixRounds = work;
    }
  }

  digestWords(bytes: Uint8Array, start: number, end: number, out: Uint32Array, at: number, count = 8): void {
    const tail = this.tailLength;
    const total = tail + end - start;
    const length = (((total + 9 + 63) >>> 6) << 6) >>> 0;
    if (length > this.block.length) this.growBlock(length);
    const block = this.block;
    for (let i = start, j = tail; i < end; i++, j++) block[j] = bytes[i] as number;
    block[total] = 0x80;
    for (let j = total + 1; j < length - 8; j++) block[j] = 0;
    const bits = (this.prefixLength + end - start) * 8;
    const high = Math.floor(bits / 0x100000000);
    const low = bits >>> 0;
    block[length - 8] = high >>> 24;
    block[length - 7] = high >>> 16;
    block[length - 6] = high >>> 8;
    block[length - 5] = high;
    block[length - 4] = low >>> 24;
    block[length - 3] = low >>> 16;
    block[length - 2] = low >>> 8;
    block[length - 1] = low;
    const { state, work, schedule, midstate } = this;
    // Plain loops, not TypedArray#set: a builtin call costs more than eight copies.
    for (let k = 0; k < 8; k++) state[k] = midstate[k] as number;
    for (let offset = 0; offset < length; offset += 64) {
      readBlock(block, offset, schedule);
      expandSchedule(schedule);
      const from = offset === 0 ? this.afterPrefixRounds : undefined;
      const source = from ?? state;
      for (let k = 0; k < 8; k++) work[k] = source[k] as number;
      runRounds(work, schedule, from ? 8 : 0);
      addInto(state, work);
    }
    for (let w = 0; w < count; w++) out[at + w] = (state[w] as number) >>> 0;
  }

  private growBlock(length: number): void {
    const grown = new Uint8Array(length);
    grown.set(this.block.subarray(0, this.tailLength), 0);
    this.block = grown;
  }
}

/** Hashes `prefix ‖ message` for many messages; see {@link PrefixedEngine}. */
export interface PrefixedSha256 {
  /**
   * Writes the first `count` (default all 8) big-endian words of
   * SHA-256(prefix ‖ bytes[start..end]) to `out[at..at + count]`.
   */
  digestWords(
    bytes: Uint8Array,
    start: number,
    end: number,
    out: Uint32Array,
    at: number,
    count?: number,
  ): void;
}

/** A hasher of `prefix ‖ message` for many messages. */
export function prefixedSha256(prefix: Uint8Array): PrefixedSha256 {
  return new PrefixedEngine(prefix);
}
