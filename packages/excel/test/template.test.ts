import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { HeaderMatcher } from "../src/import/headerMatcher";
import { INPUT_SHEETS, INSTRUCTIONS_SHEET_NAME, OPTIONS_SHEET_NAME } from "../src/spec/inputSheets";
import { HEADER_ROW, writeTemplate } from "../src/template/writeInputWorkbook";
import { useTempDir } from "./support/tempDir";

const file = useTempDir();
const workbook = new ExcelJS.Workbook();

beforeAll(async () => {
  await writeTemplate(file("template.xlsx"), { dropdownRows: 10 });
  await workbook.xlsx.readFile(file("template.xlsx"));
});

const sheet = (name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;
/** exceljs keeps a sheet's validations by cell but does not declare the property. */
const validations = (name: string) =>
  (
    sheet(name) as unknown as {
      dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
    }
  ).dataValidations.model;

describe("column specs", () => {
  it("give every sheet a valid, unique name and every column a name no other column of its sheet has", () => {
    const names = INPUT_SHEETS.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of INPUT_SHEETS) {
      expect(spec.name.length).toBeLessThanOrEqual(31);
      // The matcher refuses a spec where one header name would name two columns.
      expect(() => new HeaderMatcher(spec)).not.toThrow();
      expect(spec.columns.filter((column) => column.type === "enum" && !column.options?.length)).toEqual([]);
    }
  });
});

describe("the template", () => {
  it("has the instructions first, a sheet per record kind, and the dropdown lists hidden last", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      INSTRUCTIONS_SHEET_NAME,
      ...INPUT_SHEETS.map((spec) => spec.name),
      OPTIONS_SHEET_NAME,
    ]);
    expect(sheet(OPTIONS_SHEET_NAME).state).toBe("hidden");
  });

  it("writes a merged title, bilingual headers with notes, a frozen header and an auto-filter", () => {
    const members = sheet("党员");
    expect(members.getCell("A1").value).toBe("在职党员  In-service party members");
    expect((members.model as { merges: string[] }).merges).toContain("A1:G1");
    expect(members.getCell(`A${HEADER_ROW}`).value).toBe("党员编号 *\nMember ID");
    expect(members.getCell(`F${HEADER_ROW}`).value).toBe("纳入范围日期\nIn scope from");
    expect(String(members.getCell(`A${HEADER_ROW}`).note)).toContain("必填 required");
    expect(members.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    expect(members.autoFilter).toBe("A2:G2");
  });

  it("puts dropdowns on coded and yes/no columns, listing the options on the hidden sheet", () => {
    const services = validations("志愿服务");
    const postCode = services.E3 as ExcelJS.DataValidation;
    expect(postCode.type).toBe("list");
    const [, column, first, last] =
      /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(String(postCode.formulae[0])) ?? [];
    const options = sheet(OPTIONS_SHEET_NAME);
    const listed = [];
    for (let row = Number(first); row <= Number(last); row++)
      listed.push(options.getCell(`${column}${row}`).value);
    expect(listed).toHaveLength(15);
    expect(listed[0]).toBe("1 党建工作指导岗");
    expect(listed[14]).toBe("15 其他");

    expect(services.G3?.type).toBe("list");
    expect(services.A3).toBeUndefined();
    // Dropdowns reach the rows asked for, and no further.
    expect(services.E12?.type).toBe("list");
    expect(services.E13).toBeUndefined();
  });

  it("explains every column of every sheet on the instructions sheet, in both languages", () => {
    const texts = new Set<string>();
    sheet(INSTRUCTIONS_SHEET_NAME).eachRow((row) => {
      row.eachCell((cell) => {
        texts.add(String(cell.value));
      });
    });
    for (const spec of INPUT_SHEETS) {
      expect(texts.has(`${spec.name}\n${spec.aliases[0]}`)).toBe(true);
      for (const column of spec.columns) expect(texts.has(column.header)).toBe(true);
    }
    expect([...texts].some((text) => text.startsWith("日期可填 2019-10-18"))).toBe(true);
    expect([...texts].some((text) => text.startsWith("Dates may be typed as 2019-10-18"))).toBe(true);
  });
});
