// Makes the workbooks under test/fixtures that LibreOffice, not exceljs, wrote.
// Needs LibreOffice (`apt-get install -y libreoffice-calc`). Run from packages/excel:
//   npm run fixtures:libreoffice
// (it bundles this file against the core's sources with esbuild, then runs it).
// The tests read only the committed .xlsx files; they never need LibreOffice.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeInputWorkbook } from "../src/index";

const fixtures = join(process.cwd(), "test", "fixtures");
const work = mkdtempSync(join(tmpdir(), "lo-fixtures-"));
const convert = (input: string, ...filterOptions: string[]) =>
  execFileSync(
    "soffice",
    ["--headless", ...filterOptions, "--convert-to", "xlsx", "--outdir", join(work, "out"), input],
    {
      stdio: "inherit",
    },
  );

try {
  // 1. Every sheet of the input workbook, written by this package, then opened and saved again by LibreOffice:
  //    LibreOffice rewrites the zip order, shared strings, styles, date formats, merges and validations.
  const records = JSON.parse(readFileSync(join(fixtures, "sample-records.json"), "utf8"));
  const source = join(work, "libreoffice-input.xlsx");
  await writeInputWorkbook(source, records, { dropdownRows: 50 });
  convert(source);
  copyFileSync(join(work, "out", "libreoffice-input.xlsx"), join(fixtures, "libreoffice-input.xlsx"));

  // 2. A services register typed as CSV and opened by LibreOffice: it turns ISO dates into date
  //    cells with its own number formats and leaves the other date forms as text.
  const csv = [
    "记录编号,党员编号,服务日期,社区编号,岗位代码,服务内容,是否动用公权",
    "S1,M1,2019-10-18,C-JX-01,8,义诊,否",
    "S2,M1,2019/11/02,C-JX-01,医疗卫生服务岗,健康讲座,no",
    "S3,M2,2019年12月14日,C-ZY-07,,垃圾分类宣传,",
    "S4,M2,2019.12.28,C-ZY-07,5 垃圾分类督导岗,分类督导,0",
  ].join("\n");
  const csvPath = join(work, "志愿服务.csv");
  writeFileSync(csvPath, `${csv}\n`);
  // Comma-separated, double-quoted, UTF-8 (76), first line 1.
  convert(csvPath, "--infilter=CSV:44,34,76,1");
  copyFileSync(join(work, "out", "志愿服务.xlsx"), join(fixtures, "libreoffice-services-from-csv.xlsx"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
