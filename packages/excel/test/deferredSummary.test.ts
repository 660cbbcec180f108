import type { Verdict } from "@shuangbaodao/core";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ReportWorkbook } from "../src/report/reportWorkbook";
import { useTempDir } from "./support/tempDir";

const file = useTempDir();

/** Enough verdict rows that their sheet's XML passes the part stream's megabyte and has to wait for the zip. */
function* manyVerdicts(count: number): Generator<Verdict> {
  for (let index = 0; index < count; index++) {
    yield {
      ruleId: "M-SERVICE-YEAR",
      subject: { kind: "member", id: `m${index}` },
      year: 2019,
      status: index % 3 === 0 ? "unmet" : "met",
      provisional: false,
      severity: "binding",
      citations: [{ document: "ZZ47-BD", clause: "二(二)", text: "ZZ47-BD 二(二)" }],
      recordIds: [`s${index}-1`, `s${index}-2`],
      facts: {},
      excluded: [],
      edition: { id: "zhengzhou-2019", version: "1" },
      explanation: {
        zh: "全年参加志愿服务次数不足 2 次。".repeat(4),
        en: "Fewer than two services. ".repeat(4),
      },
      tasks: [],
      triggeredBy: [],
    } as unknown as Verdict;
  }
}

describe("a summary filled last (a streamed report)", () => {
  it("stays the first tab, holds the counts made while the verdicts were written, and does not hold them up", async () => {
    const path = file("deferred.xlsx");
    const report = new ReportWorkbook(path);
    let written = 0;
    const counted = (function* () {
      for (const verdict of manyVerdicts(6_000)) {
        written++;
        yield verdict;
      }
    })();
    report.addSummary(() => ({
      title: { zh: "报告", en: "Report" },
      facts: [{ label: { zh: "结论条数", en: "Verdicts" }, value: written }],
    }));
    report.addVerdicts(counted);
    // Before this fix the verdict sheet waited for the zip behind the summary's empty part for ever.
    await report.finish();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "汇总 Summary",
      "党员结论 Member verdicts",
    ]);
    const summary = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(summary.getCell("C4").value).toBe(6_000);
    expect((workbook.worksheets[1]?.actualRowCount ?? 0) - 2).toBe(6_000);
  }, 60_000);
});
