import { describe, expect, it } from "vitest";
import { importWorkbook } from "../src/import/importWorkbook";
import { ZipArchive } from "../src/import/zipArchive";
import { writeInputWorkbook } from "../src/template/writeInputWorkbook";
import { sampleRecords } from "./sampleRecords";
import { useTempDir } from "./support/tempDir";

const file = useTempDir();
const HOSTILE_NAME = '=HYPERLINK("http://evil.example","点我")';

describe("formula-like text from input, in an input workbook", () => {
  it("is stored with a leading apostrophe and imported back exactly as it was", async () => {
    const records = sampleRecords();
    const member = records.members?.[0] as { name: string };
    member.name = HOSTILE_NAME;
    const path = file("hostile.xlsx");
    await writeInputWorkbook(path, records, { dropdownRows: 5 });

    const zip = await ZipArchive.openFile(path);
    let stored = "";
    try {
      const sheets = Array.from({ length: 40 }, (_, n) => `xl/worksheets/sheet${n + 1}.xml`);
      for (const part of ["xl/sharedStrings.xml", ...sheets].filter((name) => zip.has(name))) {
        for await (const chunk of await zip.open(part)) stored += (chunk as Buffer).toString("utf8");
      }
    } finally {
      await zip.close();
    }
    // exceljs writes the apostrophe as an XML entity.
    expect(/(&apos;|')=HYPERLINK\(/.test(stored)).toBe(true);
    expect(/>=HYPERLINK\(/.test(stored)).toBe(false);

    const imported = await importWorkbook(path);
    expect(imported.issues).toEqual([]);
    expect(imported.records?.members[0]?.name).toBe(HOSTILE_NAME);
  });
});
