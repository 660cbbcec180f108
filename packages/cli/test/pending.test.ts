import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE_WORKBOOK, tempDir } from "./support";

const AS_OF = [
  ...["assess", EXAMPLE_WORKBOOK, "--year", "2019", "--edition", "zhengzhou-2019-health-commission"],
  ...["--as-of", "2019-11-05"],
];

/** The lines under a heading of the console summary, up to the next heading or blank line. */
function listUnder(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith("  "));
  return rest.slice(0, end < 0 ? rest.length : end);
}

describe("console, JSON and report tell the same story about pending", () => {
  it("a unit whose periods are still open is listed as pending, not as due a supervision order", async () => {
    const json = JSON.parse((await cli([...AS_OF, "--json"])).stdout);
    const dir = tempDir();
    const console = (await cli([...AS_OF, "--out", join(dir, "r.xlsx")])).stdout;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "r.xlsx"));
    const summary = workbook.worksheets[0] as ExcelJS.Worksheet;
    const reported = (label: string) => {
      let value: unknown;
      summary.eachRow((row) => {
        if (String(row.getCell(1).value).startsWith(label)) value = row.getCell(3).value;
      });
      return value;
    };

    const due = listUnder(console, "应下发督办单（U-SUPERVISE）");
    const pending = listUnder(console, "督办单待定");
    expect(json.units.supervision.every((s: { status: string }) => s.status === "unmet")).toBe(true);
    expect(json.units.supervisionPending.every((s: { status: string }) => s.status === "pending")).toBe(true);
    expect(json.units.supervisionPending.length).toBeGreaterThan(0);
    expect(due).toHaveLength(json.units.supervision.length);
    expect(pending).toHaveLength(json.units.supervisionPending.length);
    expect(reported("应下发督办单的单位")).toBe(json.units.supervision.length);
    expect(reported("督办单待定的单位")).toBe(json.units.supervisionPending.length);
    expect(due.join("\n")).not.toMatch(/period-open|not-yet-due|year-not-over/);
    expect(listUnder(console, "取消评先推优资格（U-AWARD-BAR）")).toHaveLength(json.units.awardBar.length);
    expect(reported("取消评先推优资格")).toBe(json.units.awardBar.length);
  }, 60_000);

  it("triggers are words first, the code in brackets", async () => {
    const console = (await cli(AS_OF)).stdout;
    expect(console).toContain("报到回执联备案：逾期（U-RECEIPT:late）");
    const english = (await cli([...AS_OF, "--lang", "en"])).stdout;
    expect(english).toMatch(/: late \(U-RECEIPT:late\)/);
  }, 60_000);
});
