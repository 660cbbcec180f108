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
