import { describe, expect, it } from "vitest";
import { ndjsonSource } from "../source/ndjsonSource";
import type { SourcedRecord } from "../source/recordSource";
import { CONFORMANCE_CASES, runConformanceCase } from "./index";

/** The records as NDJSON text, split into chunks at awkward places (inside a character, too). */
async function* ndjsonChunks(records: readonly SourcedRecord[]): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(
    records.map(({ kind, record }) => JSON.stringify({ kind, record })).join("\n"),
  );
  for (let start = 0; start < bytes.length; start += 97) yield bytes.subarray(start, start + 97);
}

/** An adapter that keeps records of a kind in ID order, as a database reading by key would. */
function inKeyOrder(records: readonly SourcedRecord[]): SourcedRecord[] {
  const id = (r: SourcedRecord) => String((r.record as { id?: unknown } | null)?.id ?? "");
  return [...records].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

describe("the conformance kit", () => {
  it("has a case for clean data, every kind's duplicate and every reference", () => {
    const names = CONFORMANCE_CASES.map((c) => c.name);
    expect(names.filter((n) => n.startsWith("a duplicate ID in"))).toHaveLength(20);
    expect(names.filter((n) => n.includes("naming no record"))).toHaveLength(23);
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(CONFORMANCE_CASES.map((c) => [c.name, c] as const))("%s", (_, testCase) => {
    it("the core in memory and an NDJSON stream agree with the case", async () => {
      const result = await runConformanceCase(testCase, (records) =>
        ndjsonSource(ndjsonChunks(records), "case.ndjson"),
      );
      expect(result.problems).toEqual([]);
      expect(result.pass).toBe(true);
    });

    it("an adapter that reads records back in key order agrees too, issues compared without index", async () => {
      const result = await runConformanceCase(
        testCase,
        async (records) => ({
          name: "keyed",
          async *batches() {
            yield inKeyOrder(records);
          },
        }),
        { preservesOrder: false },
      );
      expect(result.problems).toEqual([]);
    });
  });

  it("fails an adapter that drops a record", async () => {
    const clean = CONFORMANCE_CASES[0];
    if (clean === undefined) throw new Error("no cases");
    const result = await runConformanceCase(clean, (records) => ({
      name: "lossy",
      async *batches() {
        yield records.filter((r) => !(r.kind === "services" && (r.record as { id: string }).id === "s2"));
      },
    }));
    expect(result.pass).toBe(false);
    expect(result.problems[0]).toMatch(/^the adapter assessed differently/);
  });
});

it("fails a case whose expectation the core in memory does not meet", async () => {
  const clean = CONFORMANCE_CASES[0];
  if (clean === undefined) throw new Error("no cases");
  const wrong = {
    ...clean,
    expect: { issues: [{ code: "duplicate-id" as const, kind: "members" as const }] },
  };
  const result = await runConformanceCase(wrong, (records) => ({
    name: "same",
    async *batches() {
      yield records;
    },
  }));
  expect(result.problems).toEqual(["the core in memory accepted what was refused"]);
});
