import { join } from "node:path";
import { assessDataset, getEdition, RECORD_KINDS, verdictDigest } from "@shuangbaodao/core";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeLargeWorkbook } from "../../../bench/src/e2eWorkbook";
import { memberPool } from "../../../bench/src/lib/memberData";
import { auditSummary } from "../src/auditSummary";
import { MemberSpill } from "../src/memberSpill";
import { onePartition } from "../src/partitionedDataset";
import { readDataset } from "../src/readDataset";
import { streamedAssessment } from "../src/streamedAssessment";
import { subjectNames } from "../src/subjectNames";
import { cli, spilled, tempDir } from "./support";

// The bench's generator at a size a test can afford; the bench runs it at 10k and 100k (docs/performance.md).
const MEMBERS = 700;
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
    const inMemoryDigest = verdictDigest([
      ...inMemory.members.flatMap((m) => m.verdicts),
      ...inMemory.units.flatMap((u) => u.verdicts),
      ...inMemory.statistics.deadlines,
      ...inMemory.spotChecks.map((c) => c.verdict),
    ]);
    const names = subjectNames(read.dataset);

    // In memory as one partition, and spilled to disk in partitions of 200 members with every
    // sheet in front of the 党员 sheet (records before their member); the CLI below spills them as read.
    // The CLI's way leaves the organisation reports out (it writes none): the rest must not change.
    const ways = {
      "in memory": [onePartition(read.dataset), true],
      "spilled, members last": [spilled(read.dataset, [...RECORD_KINDS].reverse(), 200), true],
      "spilled, no organisation reports": [spilled(read.dataset, RECORD_KINDS, 300), false],
    } as const;
    let verdictCount = 0;
    for (const [way, [dataset, organisationReports]] of Object.entries(ways)) {
      const streamed = streamedAssessment(dataset, edition, OPTIONS, { organisationReports });
      const verdicts = [...streamed.verdicts];
      const result = streamed.result();
      if (dataset instanceof MemberSpill) dataset.remove();
      verdictCount = verdicts.length;
      // Every verdict, in report order, as the in-memory result holds them.
      expect(verdicts.length, way).toBeGreaterThan(MEMBERS * 10);
      expect(verdictDigest(verdicts), way).toBe(inMemoryDigest);
      // The dataset-level results from the verdicts kept, the same as from all of them.
      for (const part of ["units", "statistics", "organisationReports", "warnings", "spotChecks"] as const) {
        if (part === "organisationReports" && !organisationReports) continue;
        expect(verdictDigest(result[part]), `${way}: ${part}`).toBe(verdictDigest(inMemory[part]));
      }
      if (!organisationReports) expect(result.organisationReports, way).toEqual([]);
      expect(result.warnings?.ahead.length).toBeGreaterThan(0);
      expect(auditSummary(result, names), way).toEqual(auditSummary(inMemory, names));
    }
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
    expect((verdictSheet?.actualRowCount ?? 0) - 2).toBe(verdictCount);
    const summaryCells = report.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
    expect(summaryCells).toContain(String(MEMBERS));
  }, 480_000);
});
