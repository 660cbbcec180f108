import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeWorkbook } from "./support/describeWorkbook";
import { writeExampleReport, writeGeneratedReport } from "./support/referenceReports";
import { useTempDir } from "./support/tempDir";

// The writer was rewritten for speed (issue 14.6); what a report says and how it
// looks must not change. The fixtures are the same recipes written by the old
// writer (exceljs rows, inline strings) at c847347.

const file = useTempDir();
const fixture = (name: string) => resolve(__dirname, "fixtures/reports", name);

/** Reads the report just written and its fixture, and expects every sheet, in order, and the defined names alike. */
async function expectSameAsFixture(written: string, fixtureName: string) {
  const [now, before] = await Promise.all([
    describeWorkbook(written),
    describeWorkbook(fixture(fixtureName)),
  ]);
  expect(now.sheets.map((sheet) => sheet.name)).toEqual(before.sheets.map((sheet) => sheet.name));
  for (const [index, sheet] of now.sheets.entries()) expect(sheet).toEqual(before.sheets[index]);
  expect(now.definedNames).toEqual(before.definedNames);
  return now;
}

describe("the report's writer against the reports written before its rewrite", () => {
  it("writes the bundled example's report as before: every sheet, cell, style, merge, width, height, view and page setup", async () => {
    await writeExampleReport(file("example.xlsx"));
    await expectSameAsFixture(file("example.xlsx"), "example-report.xlsx");
  }, 120_000);

  it("writes a report of generated data (hostile text, every status, many rows) as before", async () => {
    await writeGeneratedReport(file("generated.xlsx"));
    const now = await expectSameAsFixture(file("generated.xlsx"), "generated-report.xlsx");
    expect(now.sheets.reduce((rows, sheet) => rows + sheet.rows.length, 0)).toBeGreaterThan(3_000);
  }, 120_000);
});
