import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSharedStrings } from "../src/import/readSharedStrings";
import { saxesXmlPart } from "../src/import/saxesXmlPart";
import { scanXmlPart } from "../src/import/scanXmlPart";
import { SharedStringTable } from "../src/import/sharedStringTable";
import { WorkbookRefusal } from "../src/import/workbookRefusal";
import { type WorkbookContext, worksheetRows } from "../src/import/worksheetRows";
import type { XmlPartReader } from "../src/import/xmlElement";
import { chunksOf, mutated, mutation, sharedStringsXml, worksheetXml } from "./support/worksheetXmlArbitrary";

const PART = "xl/worksheets/sheet1.xml";

function context(date1904: boolean): WorkbookContext {
  const sharedStrings = new SharedStringTable();
  for (const text of ["甲", "乙", "<&>", "", "丙丁", "a b"]) sharedStrings.add(text);
  return { sharedStrings, dateStyles: [false, true, false, true], date1904 };
}

/** Every row a reader gives, or the refusal's kind if it refuses. */
async function rowsOf(chunks: Buffer[], read: XmlPartReader, date1904 = false) {
  const rows: unknown[] = [];
  try {
    for await (const batch of worksheetRows(PART, Readable.from(chunks), context(date1904), read))
      rows.push(...batch);
  } catch (error) {
    if (error instanceof WorkbookRefusal)
      return { refused: error.kind, names: error.problem.en.includes(PART) };
    throw error;
  }
  return { rows };
}

async function stringsOf(chunks: Buffer[], read: XmlPartReader) {
  try {
    const table = await readSharedStrings("xl/sharedStrings.xml", Readable.from(chunks), read);
    return { strings: Array.from({ length: table.size }, (_, index) => table.get(index)) };
  } catch (error) {
    if (error instanceof WorkbookRefusal) return { refused: error.kind };
    throw error;
  }
}

const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe("the XML scanner, against saxes", () => {
  it("reads generated worksheets, cut into chunks anywhere, to the same rows", async () => {
    await fc.assert(
      fc.asyncProperty(worksheetXml, cuts, fc.boolean(), async (xml, places, date1904) => {
        const chunks = chunksOf(xml, places);
        const bySaxes = await rowsOf(chunks, saxesXmlPart, date1904);
        expect(bySaxes).toHaveProperty("rows"); // the generator writes well-formed XML
        expect(await rowsOf(chunks, scanXmlPart, date1904)).toEqual(bySaxes);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it("reads generated shared strings to the same strings", async () => {
    await fc.assert(
      fc.asyncProperty(sharedStringsXml, cuts, async (xml, places) => {
        const chunks = chunksOf(xml, places);
        const bySaxes = await stringsOf(chunks, saxesXmlPart);
        expect(bySaxes).toHaveProperty("strings");
        expect(await stringsOf(chunks, scanXmlPart)).toEqual(bySaxes);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("refuses a damaged worksheet where saxes refuses it, naming the part, and reads it the same where saxes does not", async () => {
    await fc.assert(
      fc.asyncProperty(worksheetXml, mutation, cuts, async (xml, change, places) => {
        const chunks = chunksOf(mutated(xml, change), places);
        expect(await rowsOf(chunks, scanXmlPart)).toEqual(await rowsOf(chunks, saxesXmlPart));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});

describe("the scanner's plain cells (the shape Excel writes nearly every cell in)", () => {
  // The page margins after the cells, as Excel writes them: a cell too near the end of what is read goes the general way.
  const sheet = (cells: string) =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="12">${cells}</row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

  /** What the scanner hands the handlers for a sheet: plain cells whole, other elements by name. */
  async function calls(xml: string) {
    const seen: unknown[] = [];
    for await (const _ of scanXmlPart(PART, Readable.from([Buffer.from(xml)]), {
      open: (element) => seen.push(`<${element.name}>`),
      close: (element) => seen.push(`</${element.name}>`),
      plainCell: (column, style, type, value) => seen.push({ column, style, type, value }),
    })) {
      // each chunk's calls are recorded as they come
    }
    return seen.filter((call) => typeof call !== "string" || call.includes("c>"));
  }

  it("hands over a cell in the plain shape whole: column number, style, type and the value's text", async () => {
    expect(
      await calls(
        sheet('<c r="AB12" s="3" t="s"><v>42</v></c><c r="B12" s="8"/><c r="C12"><v>43635</v></c>'),
      ),
    ).toEqual([
      { column: 28, style: 3, type: "s", value: "42" },
      { column: 2, style: 8, type: undefined, value: undefined },
      { column: 3, style: undefined, type: undefined, value: "43635" },
    ]);
  });

  it.each([
    ["attributes in another order", '<c r="A12" t="s" s="3"><v>1</v></c>'],
    ["single quotes", "<c r='A12'><v>1</v></c>"],
    ["a space before the tag's end", '<c r="A12" ><v>1</v></c>'],
    ["a reference in the value", '<c r="A12" t="str"><v>a&amp;b</v></c>'],
    ["a CR in the value", '<c r="A12" t="str"><v>a\rb</v></c>'],
    ["a formula", '<c r="A12"><f>1+1</f><v>2</v></c>'],
    ["a column of four letters", '<c r="AAAA12"><v>1</v></c>'],
    ["no reference", '<c s="3"><v>1</v></c>'],
    ["an empty style", '<c r="A12" s=""/>'],
  ])("reads a cell with %s by the general path", async (_, cell) => {
    expect(await calls(sheet(cell))).toEqual(["<c>", "</c>"]);
  });

  it("reads a cell too near the end of what has been read by the general path (the next chunk may finish it)", async () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="12"><c r="A12"><v>1</v></c></row></sheetData></worksheet>`;
    expect(await calls(xml)).toEqual(["<c>", "</c>"]);
  });

  it.each([
    ["a duplicate attribute", '<c r="A12" s="1" s="2"/>'],
    ["an unclosed value", '<c r="A12"><v>1</c>'],
    ["a value closed by the wrong tag", '<c r="A12"><v>1</w></c>'],
    ["the cell's end cut short", '<c r="A12"><v>1</v></c'],
    ["a less-than in the value", '<c r="A12"><v>1<2</v></c>'],
    ['"]]>" in the value', '<c r="A12" t="str"><v>a]]>b</v></c>'],
  ])("refuses a cell that looks plain but has %s, as saxes does", async (_, cell) => {
    const chunks = [Buffer.from(sheet(cell))];
    const bySaxes = await rowsOf(chunks, saxesXmlPart);
    expect(bySaxes).toHaveProperty("refused");
    expect(await rowsOf(chunks, scanXmlPart)).toEqual(bySaxes);
  });

  it("reads plain cells cut by a chunk's end anywhere to the same rows as saxes", async () => {
    const xml = sheet('<c r="A12" s="3" t="s"><v>2</v></c><c r="B12" s="1"><v>43635</v></c><c r="C12"/>');
    const bySaxes = await rowsOf([Buffer.from(xml)], saxesXmlPart);
    for (let cut = 1; cut < xml.length; cut++)
      expect(await rowsOf(chunksOf(xml, [cut]), scanXmlPart)).toEqual(bySaxes);
  });
});
