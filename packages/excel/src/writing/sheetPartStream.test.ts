import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SheetPartStream } from "./sheetPartStream";

/** Writes the pieces, ends the stream and gives what a reader (the zip) took, piece by piece. */
async function through(pieces: readonly Buffer[]): Promise<Buffer[]> {
  const stream = new SheetPartStream();
  const taken: Buffer[] = [];
  stream.on("data", (piece: Buffer) => taken.push(piece));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  for (const piece of pieces) stream.write(piece);
  stream.end();
  await ended;
  return taken;
}

describe("SheetPartStream", () => {
  it("joins a sheet's rows into pieces of at least 64 KB for the zip, the last aside", async () => {
    // A thousand rows as exceljs commits them, one write each.
    const rows = Array.from({ length: 1000 }, (_, i) =>
      Buffer.from(`<row r="${i + 1}"><c r="A${i + 1}"/></row>`),
    );
    const taken = await through(rows);
    expect(Buffer.concat(taken)).toEqual(Buffer.concat(rows));
    expect(taken.length).toBeLessThan(rows.length / 100);
    for (const piece of taken.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(1 << 16);
  });

  it("hands a large piece on as it is", async () => {
    const large = Buffer.alloc(1 << 17, 0x61);
    const taken = await through([large]);
    expect(taken).toHaveLength(1);
    expect(taken[0]).toBe(large);
  });

  it("gives the zip the bytes written, in order, whatever the pieces", async () => {
    const piece = fc.uint8Array({ maxLength: 70_000 }).map((bytes) => Buffer.from(bytes));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        expect(Buffer.concat(await through(pieces))).toEqual(Buffer.concat(pieces));
      }),
      { numRuns: 50 },
    );
  });
});
