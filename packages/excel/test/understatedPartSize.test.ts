import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { importWorkbook } from "../src/import/importWorkbook";
import type { WorkbookLimits } from "../src/import/workbookLimits";
import { WorkbookRefusal } from "../src/import/workbookRefusal";
import { ZipArchive } from "../src/import/zipArchive";

const EXAMPLE = resolve(__dirname, "../../../examples/zhengzhou-2019-health-commission/records.xlsx");
const CENTRAL_ENTRY = 0x02014b50;
const SHEET = "xl/worksheets/sheet1.xml";
/** What the lying directory says the sheet inflates to. */
const DECLARED = 10_000;

/** A workbook-shaped zip whose sheet inflates to about 3 MB. */
async function workbookWithLargeSheet(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types/>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0"?><workbook/>`);
  zip.file(
    SHEET,
    `<?xml version="1.0"?><worksheet><sheetData>${`<row r="1"></row>`.repeat(180_000)}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** The same bytes with the central directory understating one part's inflated size. */
function understate(zip: Buffer, part: string, declared: number): Buffer {
  const bytes = Buffer.from(zip);
  for (let at = 0; at < bytes.length - 46; at++) {
    if (bytes.readUInt32LE(at) !== CENTRAL_ENTRY) continue;
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString("utf8", at + 46, at + 46 + nameLength) !== part) continue;
    expect(bytes.readUInt32LE(at + 24)).toBeGreaterThan(declared);
    bytes.writeUInt32LE(declared, at + 24);
    return bytes;
  }
  throw new Error(`no central directory entry for ${part}`);
}

/** Reads a part to its end or its refusal, counting the inflated bytes handed on. */
async function readPart(archive: ZipArchive, part: string): Promise<{ delivered: number; error?: unknown }> {
  let delivered = 0;
  try {
    for await (const chunk of await archive.open(part)) delivered += (chunk as Buffer).length;
    return { delivered };
  } catch (error) {
    return { delivered, error };
  }
}

// The ratio is set out of the way, so that only the declared size and the part cap stand in the way.
const LIMITS: WorkbookLimits = {
  maxPartBytes: 1_000_000,
  maxTotalBytes: 4_000_000,
  maxRatio: 1e9,
  ratioFloorBytes: 1_000_000,
};

describe("a central directory that understates a part's inflated size", () => {
  it("passes the check at opening, and is refused while inflating, before anything past the declared size is handed on", async () => {
    const honest = await workbookWithLargeSheet();
    // Without the lie the part cap refuses it at opening, from the directory alone.
    await expect(ZipArchive.openBytes(honest, LIMITS)).rejects.toThrow(/inflates past the limit/);

    const lying = understate(honest, SHEET, DECLARED);
    const archive = await ZipArchive.openBytes(lying, LIMITS);
    try {
      const { delivered, error } = await readPart(archive, SHEET);
      expect(error).toBeInstanceOf(WorkbookRefusal);
      expect((error as WorkbookRefusal).message).toContain(SHEET);
      expect(delivered).toBeLessThanOrEqual(DECLARED);
    } finally {
      await archive.close();
    }
  });

  it("is refused by the part cap when the declared size is under it but the cap is lower than the part", async () => {
    const lying = understate(await workbookWithLargeSheet(), SHEET, 900_000);
    const archive = await ZipArchive.openBytes(lying, { ...LIMITS, maxPartBytes: 950_000 });
    try {
      const { delivered, error } = await readPart(archive, SHEET);
      expect(error).toBeInstanceOf(WorkbookRefusal);
      // Whichever check fires first, nothing past the smaller of the declared size and the cap is handed on.
      expect(delivered).toBeLessThanOrEqual(900_000);
    } finally {
      await archive.close();
    }
  });

  it("is refused as a whole by the import, naming the part, in both languages", async () => {
    // The example's 党员 sheet (40 KB) said to inflate to 1 KB.
    const members = "xl/worksheets/sheet4.xml";
    const lying = understate(readFileSync(EXAMPLE), members, 1_000);
    const result = await importWorkbook(lying, { fileName: "in.xlsx" });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.file).toBe("in.xlsx");
    expect(issue?.message.zh).toContain(`部件 ${members} 解压后超过压缩包目录声明的大小`);
    expect(issue?.message.zh).not.toMatch(/inflates|declares/);
    expect(issue?.message.en).toContain(`the part ${members} inflates past the size its directory declares`);
  });
});
