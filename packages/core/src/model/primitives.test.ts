import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { idCharacterProblem } from "./controlCharacter";
import { Name, RecordId } from "./primitives";
import { checkInput } from "./validate";

/** RecordId and Name as they were written with `superRefine`, before the check that makes no closure a value. */
function withSuperRefine(max: number) {
  return z
    .string()
    .trim()
    .normalize("NFC")
    .min(1, "must not be empty")
    .max(max)
    .superRefine((text, ctx) => {
      const problem = idCharacterProblem(text);
      if (problem !== undefined)
        ctx.addIssue({ code: "custom", message: problem.en, params: { zh: problem.zh } });
    });
}

const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string(),
  fc.constantFrom("m1", " m1 ", "", "a\u0000b", "a\nb", "\uD800", "x".repeat(201), " \u0007 "),
);

describe("RecordId and Name: the characters check, as superRefine did it", () => {
  it("accepts, refuses and words each value exactly as the superRefine version, in a record too", () => {
    for (const [schema, reference] of [
      [RecordId, withSuperRefine(200)],
      [Name, withSuperRefine(200)],
    ] as const) {
      fc.assert(
        fc.property(text, (value) => {
          expect(checkInput(schema, value)).toStrictEqual(checkInput(reference, value));
          const record = z.object({ id: schema, name: schema.optional() });
          const referenceRecord = z.object({ id: reference, name: reference.optional() });
          const both = { id: value, name: `${value}\u0001` };
          expect(checkInput(record, both)).toStrictEqual(checkInput(referenceRecord, both));
        }),
        { numRuns: 300 },
      );
    }
  });

  it("says what is wrong with an ID in both languages, at its path", () => {
    const result = checkInput(z.object({ id: RecordId }), { id: "m\u00001" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.path).toBe("id");
      expect(result.issues[0]?.message).toBe(idCharacterProblem("m\u00001")?.en);
      expect(result.issues[0]?.zh).toBe(idCharacterProblem("m\u00001")?.zh);
    }
  });
});
