import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { displayWidth } from "@shuangbaodao/excel";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE_ASSESS, tempDir } from "./support";

/** LibreOffice, where installed (`apt-get install libreoffice-calc-nogui fonts-noto-cjk`), to print to PDF. */
const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

async function pageSetups(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets
    .filter((sheet) => sheet.state !== "hidden")
    .map((sheet) => ({ name: sheet.name, setup: sheet.pageSetup }));
}

/** Every visible sheet prints to one page width, A4, with its header rows on every page. */
function expectPrintable(sheets: Awaited<ReturnType<typeof pageSetups>>) {
  for (const { name, setup } of sheets) {
    expect({
      name,
      fitToPage: setup.fitToPage,
      fitToWidth: setup.fitToWidth,
      fitToHeight: setup.fitToHeight,
    }).toEqual({ name, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(setup.paperSize).toBe(9);
  }
}

/** How many pages a workbook prints to, by LibreOffice's PDF export. */
function pdfPages(path: string, dir: string): number {
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, path], { stdio: "ignore" });
  const pdf = readdirSync(dir).find((file) => file.endsWith(".pdf")) as string;
  return (readFileSync(join(dir, pdf), "latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe("printing", () => {
  it("the report prints every sheet fit to width, wide sheets landscape, header rows repeated", async () => {
    const dir = tempDir();
    const out = join(dir, "report.xlsx");
    await cli([...EXAMPLE_ASSESS, "--out", out]);
    const sheets = await pageSetups(out);
    expectPrintable(sheets);
    const byName = new Map(sheets.map((s) => [s.name, s.setup]));
    expect(byName.get("党员结论 Member verdicts")).toMatchObject({
      orientation: "landscape",
      printTitlesRow: "1:2",
    });
    expect(byName.get("汇总 Summary")).toMatchObject({ orientation: "portrait" });
    const grid = byName.get("周期");
    expect(grid).toMatchObject({ orientation: "landscape", printTitlesColumn: "A:B" });
    // The period grid in words first, codes in brackets, each column wide enough for its text.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const periods = workbook.getWorksheet("周期") as ExcelJS.Worksheet;
    const shortfalls: ExcelJS.Cell[] = [];
    periods.eachRow((row) =>
      row.eachCell((cell) => void (String(cell.value).includes("count-short") && shortfalls.push(cell))),
    );
    expect(shortfalls.length).toBeGreaterThan(0);
    for (const cell of shortfalls) {
      expect(cell.value).toBe("次数不足（count-short）");
      expect(periods.getColumn(cell.col).width).toBeGreaterThanOrEqual(
        displayWidth("次数不足（count-short）"),
      );
    }
    // Where LibreOffice is installed, the printed report is counted too (320 pages before fit-to-width).
    if (soffice) expect(pdfPages(out, dir)).toBeLessThan(80);
  }, 120_000);

  it("the blank template prints each sheet on one page width, the instructions portrait", async () => {
    const dir = tempDir();
    await cli(["template", "--out", "t.xlsx"], { cwd: dir });
    const sheets = await pageSetups(join(dir, "t.xlsx"));
    expectPrintable(sheets);
    expect(sheets[0]).toMatchObject({ name: "说明", setup: { orientation: "portrait" } });
    expect(sheets.find((s) => s.name === "党员")?.setup.printTitlesRow).toBe("1:2");
    if (soffice) expect(pdfPages(join(dir, "t.xlsx"), dir)).toBeLessThan(40);
  }, 120_000);
});
