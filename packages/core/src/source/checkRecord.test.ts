import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanRecords } from "../conformance/cleanRecords";
import { InputError } from "../model/validate";
import { arraySource } from "./arraySource";
import { checkRecord } from "./checkRecord";
import { readSource } from "./readSource";
import { readSourceInto } from "./readSourceInto";
import { RECORD_SCHEMAS } from "./recordSchemas";
import type { RecordKind } from "./recordSource";

/** A service as a workbook row gives it: fields right, wrong, missing or extra. */
const serviceRow = fc.record(
  {
    id: fc.oneof(fc.constantFrom("s1", " s2 ", ""), fc.string()),
    memberId: fc.oneof(fc.constant("m1"), fc.string()),
    date: fc.oneof(
      fc.constantFrom("2019-03-05", "2019-3-5", "2019-02-30", "2019-03-05T23:30:00Z"),
      fc.string(),
    ),
    communityId: fc.constantFrom("c1", " c1", ""),
    content: fc.oneof(fc.constant("巡逻"), fc.string()),
    hours: fc.oneof(fc.double(), fc.integer({ min: -2, max: 30 }), fc.constant("3")),
    extra: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Every record of the clean dataset, each kind's through `checkRecord`. */
function checkedDataset(): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(cleanRecords()).map(([kind, records]) => [
      kind,
      (records as unknown[]).map((record) => {
        const result = checkRecord(kind as RecordKind, record);
        if (!result.success) throw new Error(`clean ${kind} record refused`);
        return result.data;
      }),
    ]),
  );
}

describe("checkRecord: a record checked once, by the adapter, with the core's own check", () => {
  it("gives what the kind's schema gives, for valid and invalid records alike", () => {
    fc.assert(
      fc.property(serviceRow, (input) => {
        const checked = checkRecord("services", input);
        const bySchema = RECORD_SCHEMAS.services.safeParse(input);
        expect(checked.success).toBe(bySchema.success);
        expect(checked.data).toEqual(bySchema.data);
        expect(checked.error?.issues).toEqual(bySchema.error?.issues);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a dataset of checked records to what the records as written give, in every kind", async () => {
    const checked = await readSource(arraySource(checkedDataset(), "checked"));
    const asWritten = await readSource(arraySource(cleanRecords(), "written"));
    expect(Object.keys(checked).length).toBeGreaterThan(15);
    expect(checked).toStrictEqual(asWritten);
  });

  it("hands a checked record on as it is, and checks a copy of it again", async () => {
    const dataset = checkedDataset();
    const copies = structuredClone(dataset);
    const seen = new Map<unknown, unknown>();
    const sink = (kind: RecordKind, record: unknown, index: number) =>
      seen.set(record, (kind === "services" ? dataset : copies)[kind]?.[index]);
    await readSourceInto(arraySource({ ...copies, services: dataset.services }, "x"), sink);
    const services = dataset.services as unknown[];
    expect(services.length).toBeGreaterThan(0);
    for (const service of services) expect(seen.has(service)).toBe(true);
    for (const member of copies.members as unknown[]) expect(seen.has(member)).toBe(false);
  });

  it("freezes what passed, so that it cannot change between the check and the read", () => {
    const result = checkRecord("activities", (cleanRecords().activities as unknown[])[0]);
    expect(result.success).toBe(true);
    expect(Object.isFrozen(result.data)).toBe(true);
    for (const inner of Object.values(result.data as object))
      if (typeof inner === "object" && inner !== null) expect(Object.isFrozen(inner)).toBe(true);
    expect(() => {
      (result.data as { id: string }).id = "changed";
    }).toThrow(TypeError);
  });

  it("checks a record that passed as one kind when it is handed on as another", async () => {
    const service = checkedDataset().services?.[0];
    const read = readSourceInto(arraySource({ members: [service] }, "x"), () => {});
    await expect(read).rejects.toBeInstanceOf(InputError);
  });
});
