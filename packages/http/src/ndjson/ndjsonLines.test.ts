import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ndjsonLines, StreamTooLarge } from "./ndjsonLines";

const encoder = new TextEncoder();

async function* chunksOf(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b)) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

async function collect(
  text: string,
  cuts: number[] = [],
  limits = { maxLineBytes: 1000, maxBytes: 100_000 },
) {
  const out = [];
  for await (const line of ndjsonLines(chunksOf(encoder.encode(text), cuts), limits)) out.push(line);
  return out;
}

describe("ndjsonLines", () => {
  it("numbers lines from 1 and skips blank ones", async () => {
    expect(await collect('{"a":1}\n\n{"b":2}\n')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 3, text: '{"b":2}' },
    ]);
  });

  it("reports an over-long line and goes on with the next", async () => {
    const long = "x".repeat(50);
    expect(await collect(`${long}\n{"ok":1}`, [7, 20], { maxLineBytes: 10, maxBytes: 1000 })).toEqual([
      { line: 1, tooLong: true },
      { line: 2, text: '{"ok":1}' },
    ]);
  });

  it("stops with StreamTooLarge past the whole stream's limit", async () => {
    await expect(collect("1\n2\n3\n", [2, 4], { maxLineBytes: 10, maxBytes: 3 })).rejects.toBeInstanceOf(
      StreamTooLarge,
    );
  });

  it("gives the same lines however the bytes are cut, multi-byte characters included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: "grapheme", maxLength: 8 }).filter((s) => !s.includes("\n")),
          {
            maxLength: 6,
          },
        ),
        fc.array(fc.nat(200), { maxLength: 6 }),
        async (lines, cuts) => {
          const text = lines.join("\n");
          const expected = lines
            .map((t, i) => ({ line: i + 1, text: t }))
            .filter((l) => l.text.trim() !== "");
          expect(await collect(text, cuts)).toEqual(expected);
        },
      ),
    );
  });
});
