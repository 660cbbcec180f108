import {
  CONFORMANCE_CASES,
  outcomeOf,
  recordsSource,
  runConformanceCase,
} from "@shuangbaodao/core/conformance";
import { describe, expect, it } from "vitest";
import type { Database } from "../src/connection/openDatabase";
import { importRecords } from "../src/import/importRecords";
import { ImportRejected } from "../src/import/importRejected";
import { databaseSource } from "../src/read/databaseSource";
import { RECORD_TABLES } from "../src/schema/recordTables";
import { TARGETS, useTestDatabase } from "./targets";

/** Every record table, the imports and keys emptied: each case starts from an empty database. */
async function empty(db: Database): Promise<void> {
  await db.pool.query(
    `TRUNCATE ${[...Object.values(RECORD_TABLES), "unit_keys", "member_keys", "imports"].join(", ")} CASCADE`,
  );
}

// The core's conformance cases through import → database → read back. A case
// the core refuses is refused by the import with the same issues, nothing written.
describe.each(TARGETS)("conformance on %s", (target) => {
  const test = useTestDatabase(target);

  it.each(CONFORMANCE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, testCase) => {
    await empty(test.db);
    const expected = await outcomeOf(testCase, recordsSource(testCase.records));
    if (expected.ok) {
      const result = await runConformanceCase(
        testCase,
        async (records) => {
          await importRecords(test.db, recordsSource(records), { recordedBy: "conformance" });
          return databaseSource(test.db);
        },
        { preservesOrder: false },
      );
      expect(result.problems).toEqual([]);
      return;
    }
    const error = await importRecords(test.db, recordsSource(testCase.records), {
      recordedBy: "conformance",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    const issues = (error as ImportRejected).problems.map(({ code, kind, index, field }) => ({
      code,
      ...(kind !== undefined && { kind }),
      ...(index !== undefined && { index }),
      ...(field ? { field } : {}),
    }));
    expect(issues).toEqual(expected.issues);
    const imports = await test.db.pool.query("SELECT count(*)::int AS n FROM imports");
    expect(imports.rows[0].n).toBe(0);
  });
});
