import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE_ASSESS, EXAMPLE_DIR, tempDir } from "./support";

// The example an auditor runs (ZWJ31 timeline). Its summary is committed: any change in a
// verdict shows up in review as a change to expected-summary.json. To accept a change on
// purpose, run `npm run example:expected` and review the diff.
const ARGS = [...EXAMPLE_ASSESS, "--json"];

describe("the bundled example (examples/zhengzhou-2019-health-commission)", () => {
  it("gives exactly the committed summary", async () => {
    const { code, stdout } = await cli(ARGS);
    expect(code).toBe(0);
    const expected = JSON.parse(readFileSync(join(EXAMPLE_DIR, "expected-summary.json"), "utf8"));
    expect(JSON.parse(stdout)).toEqual(expected);
  }, 60_000);

  it("shows every case the example is meant to hold", async () => {
    const summary = JSON.parse((await cli(ARGS)).stdout);
    expect(summary.members.total).toBe(150);
    expect(summary.members.reportedLate).toBeGreaterThan(0);
    expect(summary.members.notYetReported).toBeGreaterThan(0);
    expect(Object.keys(summary.members.notExcellent.byTrigger)).toEqual(
      expect.arrayContaining([
        "M-REPORT:missing",
        "M-REREPORT:missing",
        "M-SERVICE-YEAR:count-short",
        "M-FEEDBACK:verified-negative",
      ]),
    );
    expect(summary.members.barredCandidates.length).toBeGreaterThan(0);
    expect(
      summary.members.provisionalCandidates.map((c: { triggers: string[] }) => c.triggers),
    ).toContainEqual(["M-FEEDBACK:investigation-pending"]);
    expect(summary.units.missedPeriods.map((p: { ruleId: string }) => p.ruleId)).toEqual(
      expect.arrayContaining(["U-VOLUNTEER-MONTH", "U-MEETING-QUARTER"]),
    );
    expect(summary.units.supervision.length).toBeGreaterThan(0);
    expect(summary.spotChecks).toHaveLength(4);
  }, 60_000);

  it("writes the report workbook with every sheet the auditor needs", async () => {
    const out = join(tempDir(), "report.xlsx");
    const { code, stderr } = await cli([...ARGS.filter((a) => a !== "--json"), "--out", out, "--lang", "en"]);
    expect(code).toBe(0);
    expect(stderr).toContain("Report written");
    expect(existsSync(out)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names).toContain("周期");
    expect(names.some((n) => n.startsWith("抽查"))).toBe(true);
  }, 60_000);
});
