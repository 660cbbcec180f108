import { AuditDataset, assessDataset, getEdition, validate } from "@shuangbaodao/core";
import { exampleRecords } from "../../../../examples/zhengzhou-2019-health-commission/exampleRecords";
import { writeAuditReport } from "../../src/report/auditReport";
import { writeReportWorkbook } from "../../src/report/reportWorkbook";
import { generatedReportContent } from "./generatedReport";

// The reports the writer's equality test compares against the committed
// fixtures (test/fixtures/reports/*.xlsx, written by the writer before issue
// 14.6's rewrite, at c847347). The same recipe wrote them; it must not change.

/** The bundled example, assessed as `npm run demo` does, its report written in one call. */
export async function writeExampleReport(path: string): Promise<void> {
  const { dataset, unitDataset, visits } = exampleRecords();
  const records = validate(AuditDataset, { ...dataset, ...unitDataset, visits }, "the example");
  const result = assessDataset(records, getEdition("zhengzhou-2019-health-commission"), {
    year: 2019,
    spotCheck: {
      seed: "2019-12-01 example public draw 5-8-2",
      samplingDate: "2019-12-01",
      stratifyBy: "none",
    },
  });
  const names = new Map<string, string>();
  for (const member of records.members) names.set(member.id, member.name ?? member.id);
  for (const unit of records.units ?? []) if (!names.has(unit.id)) names.set(unit.id, unit.name);
  await writeAuditReport(path, result, {
    names,
    sourceFile: "examples/zhengzhou-2019-health-commission/records.xlsx",
  });
}

/** A report of generated data through every sheet writer: 2,000 verdicts, 300 grid rows, 41 forms, 200 warnings. */
export async function writeGeneratedReport(path: string): Promise<void> {
  await writeReportWorkbook(
    path,
    generatedReportContent({ verdicts: 2_000, units: 100, forms: 41, warnings: 200 }),
  );
}
