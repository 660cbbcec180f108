import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ImportEvent } from "../src/import/importEvent";
import { importWorkbook } from "../src/import/importWorkbook";
import { importWorkbookRecords } from "../src/import/importWorkbookRecords";
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

  it("reads a services register LibreOffice made from CSV, with its date cells and typed dates", async () => {
    // Read as the streaming import hands it out: its cells, before any check across records.
    const events: ImportEvent[] = [];
    for await (const event of importWorkbookRecords(fixture("libreoffice-services-from-csv.xlsx")))
      events.push(event);
    expect(events.filter((event) => event.type !== "record")).toEqual([]);
    const services = events.flatMap((event) => (event.type === "record" ? [event.record] : []));
    expect(services).toEqual([
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
  });

  it("refuses a services register alone: the core finds no member its services name", async () => {
    const result = await importWorkbook(fixture("libreoffice-services-from-csv.xlsx"));
    // As every input path does: a reference to a kind the input lacks is a reference to nothing.
    expect(result.issues.map((issue) => [issue.kind, issue.sheet, issue.cell, issue.value])).toEqual([
      ["unknown-reference", "志愿服务", "B2", "M1"],
      ["unknown-reference", "志愿服务", "B3", "M1"],
      ["unknown-reference", "志愿服务", "B4", "M2"],
      ["unknown-reference", "志愿服务", "B5", "M2"],
    ]);
    expect(result.notices).toEqual([]);
  });
});
