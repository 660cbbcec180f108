import { join } from "node:path";
import { assessDataset, getEdition, verdictDigest } from "@shuangbaodao/core";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeLargeWorkbook } from "../../../bench/src/e2eWorkbook";
import { memberPool } from "../../../bench/src/lib/memberData";
import { auditSummary } from "../src/auditSummary";
import { readDataset } from "../src/readDataset";
import { streamedAssessment } from "../src/streamedAssessment";
import { subjectNames } from "../src/subjectNames";
import { cli, tempDir } from "./support";

// The bench's generator at a size a test can afford; the bench runs it at 10k and 100k (docs/performance.md).
const MEMBERS = 1_500;
const OPTIONS = {
  year: 2019,
  asOf: "2019-11-05",
  spotCheck: { seed: "2019-12-01 福彩3D 123", samplingDate: "2019-12-01" },
} as const;
const ARGS = ["--year", "2019", "--as-of", "2019-11-05", "--seed", OPTIONS.spotCheck.seed];

describe("assess streams a large workbook end to end (issue 14.6)", () => {
  it("decides exactly what the in-memory assessDataset decides, reports it, and shows each phase's progress", async () => {
    const dir = tempDir();
    const workbook = join(dir, "large.xlsx");
    await writeLargeWorkbook(workbook, MEMBERS, memberPool(200));
    const edition = getEdition("zhengzhou-2019");

    const silent = { stdout: () => {}, stderr: () => {}, interactive: false, cwd: dir };
    const read = await readDataset(silent, workbook, "en");
    if (!read.ok) throw new Error(read.errors);
    const inMemory = assessDataset(read.dataset, edition, OPTIONS);
    const streamed = streamedAssessment(read.dataset, edition, OPTIONS);
    const verdicts = [...streamed.verdicts];
    const result = streamed.result();

    // Every verdict, in report order, as the in-memory result holds them.
    expect(verdicts.length).toBeGreaterThan(MEMBERS * 10);
    expect(verdictDigest(verdicts)).toBe(
      verdictDigest([
        ...inMemory.members.flatMap((m) => m.verdicts),
        ...inMemory.units.flatMap((u) => u.verdicts),
        ...inMemory.statistics.deadlines,
        ...inMemory.spotChecks.map((c) => c.verdict),
      ]),
    );
    // The dataset-level results from the verdicts kept, the same as from all of them.
    for (const part of ["units", "statistics", "organisationReports", "warnings", "spotChecks"] as const) {
      expect(verdictDigest(result[part]), part).toBe(verdictDigest(inMemory[part]));
    }
    expect(result.warnings?.ahead.length).toBeGreaterThan(0);
    const names = subjectNames(read.dataset);
    expect(auditSummary(result, names)).toEqual(auditSummary(inMemory, names));

    // The CLI: the same summary, the report's verdict sheet one row per verdict, a bar per phase.
    const out = join(dir, "report.xlsx");
    const run = await cli(
      ["assess", workbook, ...ARGS, "--sampling-date", "2019-12-01", "--out", out, "--json", "--lang", "en"],
      { interactive: true, cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(auditSummary(inMemory, names))));
    for (const phase of ["reading", "assessing", "writing"]) {
      expect(run.stderr, phase).toMatch(new RegExp(`\\r${phase} \\[#{30}\\] 100%\\n`));
    }
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
    expect(report.worksheets[0]?.name).toBe("汇总 Summary");
    const verdictSheet = report.worksheets[1];
    expect((verdictSheet?.actualRowCount ?? 0) - 2).toBe(verdicts.length);
    const summaryCells = report.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
    expect(summaryCells).toContain(String(MEMBERS));
  }, 240_000);
});
