import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { importWorkbook } from "../src/import/importWorkbook";
import { useTempDir } from "./support/tempDir";

const EXAMPLE = resolve(__dirname, "../../../examples/zhengzhou-2019-health-commission/records.xlsx");
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const path = useTempDir();

/** The one issue of an import that was refused as a whole. */
async function refusal(source: string | Buffer, options: Parameters<typeof importWorkbook>[1] = {}) {
  const result = await importWorkbook(source, { fileName: "in.xlsx", ...options });
  expect(result.ok).toBe(false);
  expect(result.issues).toHaveLength(1);
  const issue = result.issues[0];
  expect(issue?.file).toBe("in.xlsx");
  return issue as NonNullable<typeof issue>;
}

/** The example workbook with one part replaced, deflated as hard as zip can. */
async function exampleWithPart(part: string, content: string | Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
  zip.file(part, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

describe("files that are not workbooks are named for what they are, with what to do", () => {
  it("a path that does not exist", async () => {
    const issue = await refusal(path("nowhere.xlsx"));
    expect(issue.kind).toBe("file-not-found");
    expect(issue.message.zh).toContain("文件不存在");
    expect(issue.message.en).toContain("the file does not exist");
  });

  it("an empty file", async () => {
    writeFileSync(path("empty.xlsx"), "");
    expect((await refusal(path("empty.xlsx"))).kind).toBe("empty-file");
  });

  it("an old .xls (an Office 97–2003 container)", async () => {
    const issue = await refusal(Buffer.concat([CFB, Buffer.alloc(4096, 1)]));
    expect(issue.kind).toBe("xls-file");
    expect(issue.message.zh).toContain("这是 .xls（Excel 97–2003）文件");
    expect(issue.message.zh).toContain("另存为");
  });

  it("a password-protected workbook (a container with an EncryptedPackage stream)", async () => {
    const directory = Buffer.from("EncryptedPackage", "utf16le");
    const issue = await refusal(Buffer.concat([CFB, Buffer.alloc(1024), directory, Buffer.alloc(512)]));
    expect(issue.kind).toBe("encrypted-file");
    expect(issue.message.zh).toContain("文件已加密");
    expect(issue.message.en).toContain("remove the password");
  });

  it("a CSV renamed .xlsx", async () => {
    const issue = await refusal(Buffer.from("编号,姓名\nm1,王芳\n", "utf8"));
    expect(issue.kind).toBe("text-file");
    expect(issue.message.en).toContain("not an Excel workbook");
  });

  it("a truncated workbook", async () => {
    const whole = readFileSync(EXAMPLE);
    const issue = await refusal(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(issue.kind).toBe("truncated-file");
    expect(issue.message.zh).toContain("文件不完整");
    // Each language whole: the Chinese sentence carries no English detail.
    expect(issue.message.zh).toContain("找不到压缩包目录的结尾");
    expect(issue.message.zh).not.toMatch(/zip file|directory/);
    expect(issue.message.en).toContain("no end of central directory");
  });

  it("a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    const issue = await refusal(await zip.generateAsync({ type: "nodebuffer" }));
    expect(issue.kind).toBe("not-a-workbook");
    expect(issue.message.zh).toContain("不是 Excel 工作簿");
  });
});

describe("a workbook may not inflate without bound, nor declare XML entities", () => {
  const sheetOf = (rows: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

  it("a part that inflates past the ratio is refused, saying which part and why", async () => {
    // 8 MB of one repeated row deflates about 1000:1.
    const bomb = await exampleWithPart(
      "xl/worksheets/sheet1.xml",
      sheetOf(`<row r="1"></row>`.repeat(500_000)),
    );
    const issue = await refusal(bomb);
    expect(issue.kind).toBe("too-large");
    expect(issue.message.zh).toContain("xl/worksheets/sheet1.xml");
    expect(issue.message.zh).toContain("压缩炸弹");
    expect(issue.message.en).toContain("200:1");
  });

  it("limits on one part and on the whole are checked too", async () => {
    const workbook = readFileSync(EXAMPLE);
    expect((await refusal(workbook, { limits: { maxPartBytes: 100_000 } })).message.en).toContain(
      "inflates past the limit of 0.1 MB",
    );
    expect((await refusal(workbook, { limits: { maxTotalBytes: 500_000 } })).message.en).toContain(
      "in all; reading stopped",
    );
  });

  it("a part with a DOCTYPE (entity expansion) is refused for what it is", async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>`;
    // The shared strings are read before any sheet.
    const workbook = await exampleWithPart(
      "xl/sharedStrings.xml",
      `${lol}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol2;</t></si></sst>`,
    );
    const issue = await refusal(workbook);
    expect(issue.kind).toBe("xml-doctype");
    expect(issue.message.zh).toContain("DOCTYPE");
    expect(issue.message.en).toContain("refused for safety");
  });
});
