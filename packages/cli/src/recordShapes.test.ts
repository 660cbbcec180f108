import { deserialize, serialize } from "node:v8";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FlatCursor, RecordShapes } from "./recordShapes";

// Records as validated ones look: a few field names, in any order and subset; values as a record holds them,
// and what only v8 keeps (undefined, -0, NaN, nested lists and objects).
const FIELDS = ["id", "memberId", "date", "hours", "communityId", "note", "cadreCandidateYears", "inService"];
const fieldValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(undefined),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 4 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3, noNullPrototype: true }),
);
const record = fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, {
  maxKeys: FIELDS.length,
  noNullPrototype: true,
});

describe("RecordShapes", () => {
  it("reads back, through v8's serialisation, each record as written: the same keys in the same order, the same values", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        const shapes = new RecordShapes();
        const flat: unknown[] = [];
        for (const written of records) shapes.write(written, flat);
        const cursor: FlatCursor = { values: deserialize(serialize(flat)), at: 0 };
        const read: object[] = [];
        while (cursor.at < cursor.values.length) read.push(shapes.read(cursor));
        expect(read).toStrictEqual(records);
        expect(read.map((r) => Object.keys(r))).toStrictEqual(records.map((r) => Object.keys(r)));
      }),
      { numRuns: 300 },
    );
  });

  it("writes a shape's keys once: records of one shape are their values and the shape's number", () => {
    const shapes = new RecordShapes();
    const flat: unknown[] = [];
    shapes.write({ id: "s1", memberId: "m1", hours: 2 }, flat);
    shapes.write({ id: "s2", memberId: "m2", hours: 3 }, flat);
    shapes.write({ memberId: "m3", id: "s3" }, flat);
    expect(flat).toStrictEqual([0, "s1", "m1", 2, 0, "s2", "m2", 3, 1, "m3", "s3"]);
  });

  it("refuses a record of a shape it never wrote, rather than give it keys it guessed", () => {
    expect(() => new RecordShapes().read({ values: [0, "x"], at: 0 })).toThrow(/never written/);
  });
});
