import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ReportWorkbook } from "../src/report/reportWorkbook";

/** A target that takes a few chunks, then fails as a full disk would. */
function failingTarget(afterChunks: number): Writable {
  let chunks = 0;
  return new Writable({
    write(_chunk, _encoding, done) {
      chunks++;
      if (chunks > afterChunks) done(Object.assign(new Error("no space left on device"), { code: "ENOSPC" }));
      else setImmediate(done);
    },
  });
}

const warnings = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    subject: `m${i}`,
    code: "overdue",
    message: {
      zh: `第 ${i} 条提示：已逾期，请于月底前补报`,
      en: `warning ${i}: overdue, report by the month's end`,
    },
  }));

/** What writing the sheets came to within `ms` (below the test's own timeout): the error it failed with, or that it never ended. */
async function outcome(write: () => Promise<void>, ms = 10_000): Promise<string> {
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("never ended"), ms).unref());
  return Promise.race([
    write().then(
      () => "finished",
      (error: Error) => error.message,
    ),
    timeout,
  ]);
}

describe("ReportWorkbook on a target that fails", () => {
  // Regression: pacing the sheets to the zip waited for ever once the target failed (the zip stops reading).
  it("fails with the target's error when sheets are written one after another", async () => {
    const report = new ReportWorkbook(failingTarget(3));
    const said = await outcome(async () => {
      for (let sheet = 1; sheet <= 6; sheet++) {
        report.addWarnings(warnings(3_000), `提示 ${sheet}`);
        await report.flush();
      }
      await report.finish();
    });
    expect(said).toBe("no space left on device");
  }, 15_000);

  it("fails with the target's error in the middle of a long table", async () => {
    const report = new ReportWorkbook(failingTarget(3));
    const said = await outcome(async () => {
      report.addWarnings(warnings(60_000));
      await report.finish();
    });
    expect(said).toBe("no space left on device");
  }, 15_000);
});
