import { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ReportWorkbook } from "../src/report/reportWorkbook";
import { sheetPartStream } from "../src/writing/sheetPartStream";

/** A target that takes a chunk at a time, each a turn of the event loop later: a slow disk. */
function slowTarget(): Writable {
  return new Writable({
    highWaterMark: 1024,
    write(_chunk, _encoding, done) {
      setImmediate(done);
    },
  });
}

/** The sheets' parts the zip has not read to the end. */
function partsWaiting(report: ReportWorkbook): number {
  const writer = (report as unknown as { writer: { _worksheets: (ExcelJS.Worksheet | undefined)[] } }).writer;
  return writer._worksheets.filter((sheet) => sheet !== undefined && !sheetPartStream(sheet).readableEnded)
    .length;
}

describe("ReportWorkbook paces sheets written one after another to the zip", () => {
  it("has at most the last sheet waiting for the zip after each flush, however slow the target", async () => {
    // Regression: a thousand statistics forms, each committed at once, all waited in memory for the zip.
    const report = new ReportWorkbook(slowTarget());
    const rows = Array.from({ length: 300 }, (_, i) => ({
      subject: `m${i}`,
      code: "overdue",
      message: { zh: `第 ${i} 条提示：已逾期`, en: `warning ${i}: overdue` },
    }));
    const waiting: number[] = [];
    for (let sheet = 1; sheet <= 25; sheet++) {
      report.addWarnings(rows, `提示 ${sheet}`);
      await report.flush();
      waiting.push(partsWaiting(report));
    }
    await report.finish();
    expect(Math.max(...waiting)).toBeLessThanOrEqual(1);
    expect(partsWaiting(report)).toBe(0);
  }, 15_000);
});
