import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importWorkbook } from "../src/import/importWorkbook";
import { sampleRecords } from "./sampleRecords";
import { parseBoth } from "./support/parseBoth";

// Workbooks LibreOffice wrote (see scripts/make-libreoffice-fixtures.mjs); LibreOffice is not needed here.
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe("workbooks written by LibreOffice", () => {
  it("imports every sheet of an input workbook LibreOffice saved, to the same records", async () => {
    const result = await importWorkbook(fixture("libreoffice-input.xlsx"));
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual(parseBoth(sampleRecords()));
  });

  it("imports a services register LibreOffice made from CSV, with its date cells and typed dates", async () => {
    const result = await importWorkbook(fixture("libreoffice-services-from-csv.xlsx"));
    expect(result.issues).toEqual([]);
    expect(result.records?.services).toEqual([
      {
        id: "S1",
        memberId: "M1",
        date: "2019-10-18",
        communityId: "C-JX-01",
        postCode: 8,
        content: "义诊",
        usedPublicPower: false,
        usedUnitResources: false,
      },
      {
        id: "S2",
        memberId: "M1",
        date: "2019-11-02",
        communityId: "C-JX-01",
        postCode: 8,
        content: "健康讲座",
        usedPublicPower: false,
        usedUnitResources: false,
      },
      {
        id: "S3",
        memberId: "M2",
        date: "2019-12-14",
        communityId: "C-ZY-07",
        content: "垃圾分类宣传",
        usedPublicPower: false,
        usedUnitResources: false,
      },
      {
        id: "S4",
        memberId: "M2",
        date: "2019-12-28",
        communityId: "C-ZY-07",
        postCode: 5,
        content: "分类督导",
        usedPublicPower: false,
        usedUnitResources: false,
      },
    ]);
    // Only services are in this file, so member IDs could not be checked, and the import says so.
    expect(result.notices.map((notice) => notice.message.en)).toEqual([
      'the workbook has no "Members" sheet, so memberId on "志愿服务" was not checked',
    ]);
  });
});
