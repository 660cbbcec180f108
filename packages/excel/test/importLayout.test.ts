import { createReadStream, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importWorkbook } from "../src/import/importWorkbook";
import { useTempDir } from "./support/tempDir";
import { baseSheets, HEADERS, writeWorkbook } from "./support/writeWorkbook";

const file = useTempDir();

describe("finding headers and rows", () => {
  it("finds the header row under a merged title, by name, in any order and in either language", async () => {
    await writeWorkbook(file("layout.xlsx"), [
      {
        name: "  Members ",
        rows: [
          ["市卫健委在职党员名单"],
          [],
          ["填报单位：市卫健委", undefined, undefined, "日期：2019-10-09"],
          ["In service", "　支部编号　", "ｎａｍｅ", "Member ID", "单位编号 *", "备注 Remarks"],
          ["是", "B1", "张伟", "M1", "U1", "组长"],
          [],
          [" ", "", "   "],
          ["yes", "B1", "李娜", "M2", "U1"],
        ],
        merges: ["A1:F1"],
      },
      ...baseSheets().filter((sheet) => sheet.name !== "党员"),
    ]);
    const result = await importWorkbook(file("layout.xlsx"));
    expect(result.issues).toEqual([]);
    expect(result.records?.members).toEqual([
      { id: "M1", name: "张伟", unitId: "U1", branchId: "B1", inService: true, cadreCandidateYears: [] },
      { id: "M2", name: "李娜", unitId: "U1", branchId: "B1", inService: true, cadreCandidateYears: [] },
    ]);
    expect(result.notices.map((notice) => notice.message.en)).toEqual([
      'column "备注 Remarks" is not known and was ignored',
    ]);
  });

  it("locates errors on the rows where they are, below a title", async () => {
    await writeWorkbook(file("titled-error.xlsx"), [
      ...baseSheets(),
      {
        name: "志愿服务",
        rows: [["志愿服务台账"], HEADERS.services, [], ["S1", "M1", "2019-10-18", "C1", 99, "义诊"]],
        merges: ["A1:F1"],
      },
    ]);
    const result = await importWorkbook(file("titled-error.xlsx"));
    expect(result.issues.map((issue) => [issue.kind, issue.cell, issue.value])).toEqual([
      ["unknown-option", "E4", "99"],
    ]);
  });

  it("reads yes/no in every accepted form", async () => {
    const answers = ["是", "否", "yes", "NO", "True", "false", "1", "0", "✓", true, false, 1, 0];
    await writeWorkbook(file("booleans.xlsx"), [
      ...baseSheets().filter((sheet) => sheet.name !== "党员"),
      {
        name: "党员",
        rows: [HEADERS.members, ...answers.map((answer, i) => [`M${i}`, "党员", "U1", "B1", answer])],
      },
    ]);
    const result = await importWorkbook(file("booleans.xlsx"));
    expect(result.records?.members.map((member) => member.inService)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it("reads a post code as a number, a code in text, the dropdown text, or the post's name", async () => {
    const codes = [
      8,
      "8",
      "８",
      "8 医疗卫生服务岗",
      "8.医疗卫生服务岗",
      "医疗卫生服务岗",
      "Medical and health service",
    ];
    await writeWorkbook(file("posts.xlsx"), [
      ...baseSheets(),
      {
        name: "志愿服务",
        rows: [
          HEADERS.services,
          ...codes.map((code, i) => [`S${i}`, "M1", "2019-10-18", "C1", code, "义诊"]),
        ],
      },
    ]);
    const result = await importWorkbook(file("posts.xlsx"));
    expect(result.issues).toEqual([]);
    expect(result.records?.services.map((service) => service.postCode)).toEqual(codes.map(() => 8));
  });

  it("keeps IDs typed as numbers as their digits and reads lists of years", async () => {
    await writeWorkbook(file("numbers.xlsx"), [
      ...baseSheets().filter((sheet) => sheet.name !== "党员"),
      {
        name: "党员",
        rows: [
          [...HEADERS.members, "组织考察对象年度"],
          ["M1", "张伟", "U1", "B1", "是", "2019、2020"],
          ["M2", "李娜", "U1", "B1", "是", 2021],
          [1001, "王芳", "U1", "B1", "是", "2019，2020; 2021"],
        ],
      },
    ]);
    const result = await importWorkbook(file("numbers.xlsx"));
    expect(result.records?.members.map((m) => [m.id, m.cadreCandidateYears])).toEqual([
      ["M1", [2019, 2020]],
      ["M2", [2021]],
      ["1001", [2019, 2020, 2021]],
    ]);
  });

  it("notes sheets it does not know and skips them", async () => {
    await writeWorkbook(file("extra-sheet.xlsx"), [...baseSheets(), { name: "草稿", rows: [["随便写写"]] }]);
    const result = await importWorkbook(file("extra-sheet.xlsx"));
    expect(result.ok).toBe(true);
    expect(result.notices.map((notice) => notice.sheet)).toEqual(["草稿"]);
  });

  it("reads a workbook from a stream or from bytes, naming the file as told", async () => {
    await writeWorkbook(file("sources.xlsx"), baseSheets());
    const fromStream = await importWorkbook(createReadStream(file("sources.xlsx")), {
      fileName: "upload.xlsx",
    });
    const fromBytes = await importWorkbook(readFileSync(file("sources.xlsx")));
    expect(fromStream.records?.members).toHaveLength(2);
    expect(fromBytes.records).toEqual(fromStream.records);
  });

  it("finds every sheet of an exceljs-written workbook every time (exceljs's own streaming pass can lose some)", async () => {
    await writeWorkbook(file("many-sheets.xlsx"), [
      ...baseSheets(),
      { name: "志愿服务", rows: [HEADERS.services, ["S1", "M1", "2019-10-18", "C1", 8, "义诊"]] },
    ]);
    const counts = [];
    for (let run = 0; run < 10; run++) {
      const result = await importWorkbook(file("many-sheets.xlsx"));
      const records = result.records;
      counts.push(
        records
          ? [records.units, records.members, records.residences, records.services].map((r) => r.length)
          : [],
      );
    }
    expect(counts).toEqual(counts.map(() => [1, 2, 2, 1]));
  });
});
