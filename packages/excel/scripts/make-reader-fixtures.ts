// Makes test/fixtures/reader-exceljs.xlsx and reader-libreoffice.xlsx: one sheet of every kind of cell
// the import reads, written by exceljs, and the same workbook opened and saved by LibreOffice.
// Needs LibreOffice. Run from packages/excel:  npm run fixtures:reader
// The tests read only the committed .xlsx files; they never need LibreOffice.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

const fixtures = join(process.cwd(), "test", "fixtures");
const work = mkdtempSync(join(tmpdir(), "reader-fixtures-"));
try {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("各种单元格");
  sheet.addRow(["文字", "数字", "日期", "是否", "公式", "富文本"]);
  sheet.addRow([
    "建设路社区",
    8,
    new Date(Date.UTC(2019, 9, 18)),
    true,
    { formula: "B2*2", result: 16 },
    { richText: [{ text: "金水", font: { bold: true } }, { text: "区" }] },
  ]);
  sheet.addRow([
    "<王&李>",
    2.5,
    new Date(Date.UTC(2020, 1, 29)),
    false,
    { formula: 'A2&"!"', result: "建设路社区!" },
  ]);
  // A gap of rows and columns, as a person's sheet has.
  sheet.getCell("H9").value = "远处的格";
  sheet.getCell("C9").value = new Date(Date.UTC(2019, 11, 31));
  sheet.getCell("C9").numFmt = 'yyyy"年"m"月"d"日"';
  const written = join(work, "reader-exceljs.xlsx");
  await workbook.xlsx.writeFile(written);
  execFileSync("soffice", ["--headless", "--convert-to", "xlsx", "--outdir", join(work, "out"), written], {
    stdio: "inherit",
  });
  copyFileSync(written, join(fixtures, "reader-exceljs.xlsx"));
  copyFileSync(join(work, "out", "reader-exceljs.xlsx"), join(fixtures, "reader-libreoffice.xlsx"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
