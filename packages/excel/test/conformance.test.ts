import type { SourcedRecord } from "@shuangbaodao/core";
import { CONFORMANCE_CASES, runConformanceCase } from "@shuangbaodao/core/conformance";
import { describe, expect, it } from "vitest";
import { workbookRecordSource } from "../src/source/workbookRecordSource";
import { type RecordsByKind, writeInputWorkbook } from "../src/template/writeInputWorkbook";
import { useTempDir } from "./support/tempDir";

const file = useTempDir();

/**
 * Cases whose records a workbook cannot hold, so writing them loses what the
 * case is about before anything is read: a key with no column, a kind with
 * no sheet, a record that is not an object, a control character (XML cannot
 * hold it), and two lists with one ID (rows of one ID are one list).
 */
const CANNOT_BE_WRITTEN = new Set([
  "a duplicate ID in lists is refused at the second record",
  "a misspelt flag is an unknown key, not silently dropped",
  "a record of a kind the dataset does not have is refused",
  "a record that is not an object is refused",
  "a control character in an ID is refused",
]);

/** Cases the workbook refuses at the cell, before the core sees a record: a date that is no date. */
const REFUSED_AT_THE_CELL = new Set([
  "a day that does not exist is refused, not rolled over",
  "a month 13 is refused",
]);

/** A case's records written into an input workbook, one sheet per kind, in the case's order. */
async function throughWorkbook(name: string, records: readonly SourcedRecord[]) {
  const byKind: Record<string, unknown[]> = {};
  for (const { kind, record } of records) {
    byKind[kind] ??= [];
    byKind[kind].push(record);
  }
  const path = file(`${name.replace(/[^\w-]+/g, "_").slice(0, 60)}.xlsx`);
  await writeInputWorkbook(path, byKind as RecordsByKind, { dropdownRows: 0 });
  return workbookRecordSource(path);
}

const cases = CONFORMANCE_CASES.filter((c) => !CANNOT_BE_WRITTEN.has(c.name));

describe("the core's conformance kit, through write-workbook → read-back", () => {
  it("covers every case a workbook can hold", () => {
    expect(cases.length).toBe(CONFORMANCE_CASES.length - CANNOT_BE_WRITTEN.size);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    "%s",
    async (name, testCase) => {
      const result = await runConformanceCase(testCase, (records) => throughWorkbook(name, records));
      if (REFUSED_AT_THE_CELL.has(name)) {
        // Refused all the same, by the workbook's own cell check, which names the cell.
        expect(result.expected.ok).toBe(false);
        expect(result.actual).toEqual({ ok: false, issues: [{ code: "malformed-record" }] });
        return;
      }
      expect(result.problems).toEqual([]);
      expect(result.pass).toBe(true);
    },
    60_000,
  );
});
