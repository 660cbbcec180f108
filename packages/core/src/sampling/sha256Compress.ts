/**
 * The SHA-256 compression function (FIPS 180-4 §6.2.2) on 32-bit words,
 * split so that a caller can start from a saved state after the first
 * rounds: {@link ./prefixedSha256} hashes a million IDs under one seed and
 * skips the rounds that read only the seed's bytes. Checked against
 * @noble/hashes' `sha256` by the tests of prefixedSha256.
 */

/** Round constants K (FIPS 180-4 §4.2.2). */
// biome-ignore format: the standard's table, eight words a line
const K = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);

/** Initial hash value H(0) (FIPS 180-4 §5.3.3). */
// biome-ignore format: the standard's table, eight words a line
export const SHA256_IV = Int32Array.of(
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** Reads the 16 big-endian words of the 64-byte block at `at` into `w[0..15]`. */
export function readBlock(bytes: Uint8Array, at: number, w: Int32Array): void {
  for (let i = 0; i < 16; i++, at += 4) {
    w[i] =
      ((bytes[at] as number) << 24) |
      ((bytes[at + 1] as number) << 16) |
      ((bytes[at + 2] as number) << 8) |
      (bytes[at + 3] as number);
  }
}

/** The message schedule: `w[16..63]` from `w[0..15]`. */
export function expandSchedule(w: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const w15 = w[i - 15] as number;
    const w2 = w[i - 2] as number;
    const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
    const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
    w[i] = (s1 + (w[i - 7] as number) + s0 + (w[i - 16] as number)) | 0;
  }
}

/**
 * Rounds `from` up to (not including) `to`, both multiples of 8, on the
 * working variables `work` (a…h), in place. Round i reads only `w[i]`, so
 * rounds 0–7 need only the block's first 8 words. Unrolled by eight so the
 * variables never rotate.
 */
export function runRounds(work: Int32Array, w: Int32Array, from: number, to = 64): void {
  let a = work[0] as number;
  let b = work[1] as number;
  let c = work[2] as number;
  let d = work[3] as number;
  let e = work[4] as number;
  let f = work[5] as number;
  let g = work[6] as number;
  let h = work[7] as number;
  let t = 0;
  for (let i = from; i < to; i += 8) {
    t =
      (h +
        (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
        ((e & f) ^ (~e & g)) +
        (K[i + 0] as number) +
        (w[i + 0] as number)) |
      0;
    d = (d + t) | 0;
    h = (t + (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    t =
      (g +
        (rotr(d, 6) ^ rotr(d, 11) ^ rotr(d, 25)) +
        ((d & e) ^ (~d & f)) +
        (K[i + 1] as number) +
        (w[i + 1] as number)) |
      0;
    c = (c + t) | 0;
    g = (t + (rotr(h, 2) ^ rotr(h, 13) ^ rotr(h, 22)) + ((h & a) ^ (h & b) ^ (a & b))) | 0;
    t =
      (f +
        (rotr(c, 6) ^ rotr(c, 11) ^ rotr(c, 25)) +
        ((c & d) ^ (~c & e)) +
        (K[i + 2] as number) +
        (w[i + 2] as number)) |
      0;
    b = (b + t) | 0;
    f = (t + (rotr(g, 2) ^ rotr(g, 13) ^ rotr(g, 22)) + ((g & h) ^ (g & a) ^ (h & a))) | 0;
    t =
      (e +
        (rotr(b, 6) ^ rotr(b, 11) ^ rotr(b, 25)) +
        ((b & c) ^ (~b & d)) +
        (K[i + 3] as number) +
        (w[i + 3] as number)) |
      0;
    a = (a + t) | 0;
    e = (t + (rotr(f, 2) ^ rotr(f, 13) ^ rotr(f, 22)) + ((f & g) ^ (f & h) ^ (g & h))) | 0;
    t =
      (d +
        (rotr(a, 6) ^ rotr(a, 11) ^ rotr(a, 25)) +
        ((a & b) ^ (~a & c)) +
        (K[i + 4] as number) +
        (w[i + 4] as number)) |
      0;
    h = (h + t) | 0;
    d = (t + (rotr(e, 2) ^ rotr(e, 13) ^ rotr(e, 22)) + ((e & f) ^ (e & g) ^ (f & g))) | 0;
    t =
      (c +
        (rotr(h, 6) ^ rotr(h, 11) ^ rotr(h, 25)) +
        ((h & a) ^ (~h & b)) +
        (K[i + 5] as number) +
        (w[i + 5] as number)) |
      0;
    g = (g + t) | 0;
    c = (t + (rotr(d, 2) ^ rotr(d, 13) ^ rotr(d, 22)) + ((d & e) ^ (d & f) ^ (e & f))) | 0;
    t =
      (b +
        (rotr(g, 6) ^ rotr(g, 11) ^ rotr(g, 25)) +
        ((g & h) ^ (~g & a)) +
        (K[i + 6] as number) +
        (w[i + 6] as number)) |
      0;
    f = (f + t) | 0;
    b = (t + (rotr(c, 2) ^ rotr(c, 13) ^ rotr(c, 22)) + ((c & d) ^ (c & e) ^ (d & e))) | 0;
    t =
      (a +
        (rotr(f, 6) ^ rotr(f, 11) ^ rotr(f, 25)) +
        ((f & g) ^ (~f & h)) +
        (K[i + 7] as number) +
        (w[i + 7] as number)) |
      0;
    e = (e + t) | 0;
    a = (t + (rotr(b, 2) ^ rotr(b, 13) ^ rotr(b, 22)) + ((b & c) ^ (b & d) ^ (c & d))) | 0;
  }
  work[0] = a;
  work[1] = b;
  work[2] = c;
  work[3] = d;
  work[4] = e;
  work[5] = f;
  work[6] = g;
  work[7] = h;
}

/** `state += work`, word by word: the end of one block's compression. */
export function addInto(state: Int32Array, work: Int32Array): void {
  for (let i = 0; i < 8; i++) state[i] = ((state[i] as number) + (work[i] as number)) | 0;
}

/** One whole compression of the block at `at` into `state` (`w` is scratch of 64 words). */
export function compressBlock(state: Int32Array, bytes: Uint8Array, at: number, w: Int32Array): void {
  readBlock(bytes, at, w);
  expandSchedule(w);
  const work = state.slice();
  runRounds(work, w, 0);
  addInto(state, work);
}
