import { Writable } from "node:stream";
import type { ZlibOptions } from "node:zlib";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ReportWorkbook } from "../src/report/reportWorkbook";
import { openWorkbookWriter } from "../src/writing/openWorkbookWriter";
import { sheetPartStream } from "../src/writing/sheetPartStream";
import { writeTableSheet } from "../src/writing/tableSheet";

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

describe("a long table gives the zip its turns", () => {
  it("lets the event loop turn after each piece it hands over, so the zip compresses while rows are made", async () => {
    // Regression: a table under the part's high-water mark was written in one synchronous stretch,
    // so the zip's deflater (on libuv's threads) only started once it ended, and the writer then
    // waited for it (6 s idle of an 85 s run at 100k members).
    const writer = openWorkbookWriter(
      new Writable({
        write(_chunk, _encoding, done) {
          done();
        },
      }),
    );
    let turns = 0;
    let writing = true;
    const turn = () => {
      turns++;
      if (writing) setImmediate(turn);
    };
    setImmediate(turn);
    const turnsSeen: number[] = [];
    function* rows() {
      // About 1 MB of XML: four pieces of 256 KB, under the part's 1 MB high-water mark (no drain wait).
      for (let i = 0; i < 1000; i++) {
        turnsSeen.push(turns);
        yield `${i} ${"文字 text ".repeat(100)}`;
      }
    }
    await writeTableSheet(
      writer,
      "表",
      { zh: "表", en: "Table" },
      [{ header: { zh: "文字", en: "Text" }, width: 40, value: (text: string) => text }],
      rows(),
    );
    writing = false;
    await writer.commit();
    expect(turnsSeen[0]).toBe(0);
    expect(turnsSeen.at(-1)).toBeGreaterThanOrEqual(3);
  });
});

describe("the zip's deflater", () => {
  it("has room for a whole piece of a table's XML, so that a piece is deflated in one trip to libuv's threads", () => {
    const writer = openWorkbookWriter(
      new Writable({
        write(_chunk, _encoding, done) {
          done();
        },
      }),
    );
    // archiver's zip module (zip-stream) hands these options to every entry's DeflateRaw.
    const deflate = (writer as unknown as { zip: { _module: { options: { zlib: ZlibOptions } } } }).zip
      ._module.options.zlib;
    expect(deflate.chunkSize).toBeGreaterThanOrEqual(1 << 18);
    // The level stays the zip's own default, the fastest (1).
    expect(deflate.level).toBe(1);
  });
});
