import { createHash } from "node:crypto";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PrefixedSha256, prefixedSha256 } from "./prefixedSha256";
import { compareRank, lowestRanked, rankOf, rankOrder, rankTable } from "./rank";
import { seedArbitrary } from "./testing/arbitraries";

const idArbitrary = fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 });

/** The same digests through noble's public streaming API: the reference. */
function streamingSha256(prefix: Uint8Array): PrefixedSha256 {
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

describe("rankOf", () => {
  it("is SHA-256 of seed, one 0x00 byte and the ID", () => {
    // The SHA-256 test vector of FIPS 180-2, to pin the hash function itself.
    expect(bytesToHex(sha256(utf8ToBytes("abc")))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(rankOf("ab", "c")).toBe(bytesToHex(sha256(Uint8Array.of(0x61, 0x62, 0x00, 0x63))));
    expect(rankOf("ab", "c")).not.toBe(rankOf("a", "bc"));
  });
});

describe("the bulk rank table", () => {
  it("keeps the first 64 bits of rankOf, for seeds and IDs of every length (1, 2 and more blocks)", () => {
    fc.assert(
      fc.property(seedArbitrary, fc.array(idArbitrary, { maxLength: 10 }), (seed, ids) => {
        const table = rankTable(seed, ids);
        ids.forEach((id, i) => {
          const head = [table.heads[2 * i], table.heads[2 * i + 1]].map((w) =>
            (w as number).toString(16).padStart(8, "0"),
          );
          expect(head.join("")).toBe(rankOf(seed, id).slice(0, 16));
        });
      }),
    );
  });

  it("settles equal heads by the full digest, then by ID", () => {
    const [a, b] = ["M1", "M2"];
    const table = { seed: "s", ids: [a, b, a], heads: Uint32Array.of(7, 9, 7, 9, 7, 9) };
    expect(Math.sign(compareRank(table, 0, 1))).toBe(rankOf("s", a) < rankOf("s", b) ? -1 : 1);
    expect(compareRank(table, 0, 2)).toBe(0);
  });

  it("the fast engine and noble's streaming API agree, one engine reused over messages of any length", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 1, maxLength: 8 }),
        (prefix, messages) => {
          const fast = prefixedSha256(prefix);
          const slow = streamingSha256(prefix);
          for (const message of messages) {
            const a = new Uint32Array(8);
            const b = new Uint32Array(8);
            fast.digestWords(message, 0, message.length, a, 0);
            slow.digestWords(message, 0, message.length, b, 0);
            expect([...a]).toEqual([...b]);
            const reference = bytesToHex(sha256(Uint8Array.of(...prefix, ...message)));
            expect([...a].map((w) => w.toString(16).padStart(8, "0")).join("")).toBe(reference);
          }
        },
      ),
    );
  });

  it("the fast engine gives node:crypto's digests too, for any prefix and message", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 }), (prefix, message) => {
        const out = new Uint32Array(8);
        prefixedSha256(prefix).digestWords(message, 0, message.length, out, 0);
        const hex = [...out].map((w) => w.toString(16).padStart(8, "0")).join("");
        expect(hex).toBe(createHash("sha256").update(prefix).update(message).digest("hex"));
      }),
    );
    expect(rankOf("ab", "c")).toBe(createHash("sha256").update("ab\u0000c").digest("hex"));
  });

  it("the fast engine gives noble's digests around every block and padding boundary", () => {
    const bytes = (length: number, salt: number) =>
      Uint8Array.from({ length }, (_, i) => (i * 37 + salt) & 0xff);
    // Prefix tails of 31 and 32 bytes straddle the rounds the engine runs once per prefix.
    for (const prefixLength of [0, 1, 31, 32, 37, 55, 56, 63, 64, 65, 96, 127, 130]) {
      const prefix = bytes(prefixLength, 5);
      const engine = prefixedSha256(prefix);
      for (const messageLength of [0, 1, 8, 23, 24, 54, 55, 56, 63, 64, 119, 120, 150, 300]) {
        const message = bytes(messageLength, 11);
        const out = new Uint32Array(8);
        engine.digestWords(message, 0, message.length, out, 0);
        const hex = [...out].map((w) => w.toString(16).padStart(8, "0")).join("");
        expect(hex, `prefix ${prefixLength}, message ${messageLength}`).toBe(
          bytesToHex(sha256(Uint8Array.of(...prefix, ...message))),
        );
      }
    }
  });

  it("orders candidates by hex rank, lowest first", () => {
    fc.assert(
      fc.property(seedArbitrary, fc.uniqueArray(idArbitrary, { maxLength: 40 }), (seed, ids) => {
        const table = rankTable(seed, ids);
        const all = ids.map((_, i) => i);
        const order = [...rankOrder(table, all)].map((i) => ids[i]);
        const expected = [...ids].sort((a, b) => (rankOf(seed, a) < rankOf(seed, b) ? -1 : 1));
        expect(order).toEqual(expected);
        for (let k = 1; k < ids.length; k++) {
          expect(
            compareRank(table, ids.indexOf(order[k - 1] as string), ids.indexOf(order[k] as string)),
          ).toBeLessThan(0);
        }
      }),
    );
  });

  it("orders a large population (the radix path) by hex rank", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `M${i}`);
    const table = rankTable("large seed", ids);
    const order = [
      ...rankOrder(
        table,
        ids.map((_, i) => i),
      ),
    ].map((i) => ids[i]);
    const hex = new Map(ids.map((id) => [id, rankOf("large seed", id)]));
    expect(order).toEqual(
      [...ids].sort((a, b) => ((hex.get(a) as string) < (hex.get(b) as string) ? -1 : 1)),
    );
  });

  it("lowestRanked is the first part of the full rank order", () => {
    fc.assert(
      fc.property(
        seedArbitrary,
        fc.uniqueArray(idArbitrary, { maxLength: 40 }),
        fc.nat(),
        (seed, ids, count) => {
          const table = rankTable(seed, ids);
          const all = ids.map((_, i) => i);
          const k = count % (ids.length + 2);
          expect([...lowestRanked(table, all, k)]).toEqual([...rankOrder(table, all)].slice(0, k));
        },
      ),
    );
    const ids = Array.from({ length: 6000 }, (_, i) => `党员${i}`);
    const table = rankTable("large seed", ids);
    const some = ids.map((_, i) => i).filter((i) => i % 3 !== 0);
    expect([...lowestRanked(table, some, 800)]).toEqual([...rankOrder(table, some)].slice(0, 800));
  });
});
