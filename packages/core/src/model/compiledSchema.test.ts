import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledIfZod } from "./compiledSchema";
import { VolunteerService } from "./volunteerService";

/** A service as a workbook row gives it: fields right, wrong, missing or extra. */
const row = fc.record(
  {
    id: fc.oneof(fc.constantFrom("s1", " s2 ", ""), fc.string(), fc.integer()),
    memberId: fc.oneof(fc.constant("m1"), fc.string()),
    date: fc.oneof(fc.constantFrom("2019-03-05", "2019-02-30", "2019-13-01", "5 March"), fc.string()),
    hours: fc.oneof(fc.double(), fc.integer({ min: -2, max: 30 }), fc.constant("3")),
    description: fc.string(),
    extra: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe("compiledIfZod", () => {
  it("gives what the schema itself gives, for valid and invalid records alike", () => {
    const compiled = compiledIfZod(VolunteerService);
    expect(compiled).not.toBe(VolunteerService);
    fc.assert(
      fc.property(row, (input) => {
        const fast = compiled.safeParse(input);
        const plain = VolunteerService.safeParse(input);
        expect(fast.success).toBe(plain.success);
        expect(fast.data).toEqual(plain.data);
        expect(fast.error?.issues).toEqual(plain.error?.issues);
      }),
      { numRuns: 500 },
    );
  });

  it("hands back a schema that is not zod's as it is", () => {
    const own = { safeParse: (input: unknown) => ({ success: true as const, data: input }) };
    expect(compiledIfZod(own)).toBe(own);
  });

  it("compiles a schema once", () => {
    expect(compiledIfZod(VolunteerService)).toBe(compiledIfZod(VolunteerService));
  });
});
