import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE_WORKBOOK, tempDir } from "./support";

/** The example workbook with its sheet list edited as an office would (a sheet renamed or deleted). */
async function exampleWith(edit: (workbookXml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(EXAMPLE_WORKBOOK));
  const xml = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
  zip.file("xl/workbook.xml", edit(xml));
  const path = join(tempDir(), "edited.xlsx");
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

const assess = (path: string, ...more: string[]) => cli(["assess", path, "--year", "2019", ...more]);

describe("a workbook is recognised as ours or refused; nothing is silently lost", () => {
  it("a renamed 党员 sheet is refused, naming the sheet that was not read", async () => {
    const path = await exampleWith((xml) => xml.replace('name="党员"', 'name="党员名单"'));
    const result = await assess(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "工作表「党员」，工作簿中没有此表（未读取的工作表：「党员名单」，是否改了名？）",
    );
    expect(result.stderr).toContain('sheets not read: "党员名单"');
    expect(result.stderr).toContain("未识别的工作表「党员名单」，已忽略");
    expect(result.stdout).toBe("");
  }, 60_000);

  it("a deleted 单位 sheet is refused; allowed explicitly, the members' units are still refused as unknown", async () => {
    const path = await exampleWith((xml) => xml.replace(/<sheet [^>]*name="单位"[^>]*\/>/, ""));
    const refused = await assess(path);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("工作表「单位」，工作簿中没有此表");
    const allowed = await assess(path, "--allow-missing-sheets");
    expect(allowed.code).toBe(1);
    // The core's check, said by the workbook's cell: sheet, cell, header and value.
    expect(allowed.stderr).toMatch(
      /工作表「党员」 单元格 C\d+（单位编号[^）]*）：值「u-[a-z]+」，所指单位 "u-[a-z]+" 不存在/,
    );
    expect(allowed.stderr).toMatch(
      /sheet "党员", cell C\d+ \(单位编号[^)]*\): found "u-[a-z]+"; names unknown unit/,
    );
    expect(allowed.stdout).toBe("");
  }, 60_000);

  it("an unrelated one-sheet workbook (a CSV saved as .xlsx) is refused, not assessed as all zeros", async () => {
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE_WORKBOOK));
    const xml = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
    // Keep only the member sheet, renamed the way a CSV conversion names it.
    const only = xml.replace(
      /<sheets>.*<\/sheets>/,
      '<sheets><sheet sheetId="4" name="Sheet1" r:id="rId7"/></sheets>',
    );
    zip.file("xl/workbook.xml", only);
    const path = join(tempDir(), "csv.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const result = await assess(path, "--lang", "en");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('sheet "单位"; the workbook has no such sheet');
    expect(result.stderr).toContain('sheet "党员"; the workbook has no such sheet');
  }, 60_000);

  it("a workbook without members (the blank template) is an error unless asked for", async () => {
    const dir = tempDir();
    expect((await cli(["template", "--out", "t.xlsx"], { cwd: dir })).code).toBe(0);
    const refused = await cli(["assess", "t.xlsx", "--year", "2019"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("工作簿中没有党员记录");
    expect(refused.stderr).toContain("--allow-no-members");
    const allowed = await cli(["assess", "t.xlsx", "--year", "2019", "--allow-no-members"], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain("党员：共 0 人");
  }, 60_000);
});
