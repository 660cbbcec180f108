import { posix } from "node:path";
import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { StreamedWorksheet } from "./readRecordSheet";
import { zipWithoutWorkbook } from "./sniffFileKind";
import type { ZipArchive } from "./zipArchive";

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

/**
 * The parts of exceljs's `WorkbookReader` the import drives itself. Its public
 * iterator walks the zip in one streaming pass that can drop entries on
 * Node ≥ 18 (exceljs issue #3064: the workbook part or a sheet goes missing);
 * so the import opens each part by name and hands it to the reader's own
 * parsers, which still do all the XML work (shared strings, styles and
 * date formats, rows and cells) row by row.
 */
interface WorkbookReaderParts {
  workbookRels?: Relationship[];
  model?: { sheets?: { name: string; id: number; rId: string; state?: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromPart), target));
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

async function readRels(
  reader: WorkbookReaderParts,
  zip: ZipArchive,
  relsPath: string,
): Promise<Relationship[]> {
  if (!zip.has(relsPath)) return [];
  await reader._parseRels(await zip.open(relsPath));
  return reader.workbookRels ?? [];
}

/**
 * Yields the worksheets of a workbook in workbook order, each a stream of rows
 * with the sheet's real name. Shared strings and styles are read first, so
 * every cell arrives resolved and date-formatted cells arrive as dates.
 */
export async function* streamWorksheets(zip: ZipArchive): AsyncGenerator<StreamedWorksheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as unknown as string, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  }) as unknown as WorkbookReaderParts;

  const packageRels = await readRels(reader, zip, "_rels/.rels");
  const officeDocument = packageRels.find((rel) => OFFICE_DOCUMENT.test(rel.Type));
  const workbookPart = officeDocument ? resolveTarget("", officeDocument.Target) : "xl/workbook.xml";
  const workbookRels = await readRels(reader, zip, relsPathOf(workbookPart));
  if (!zip.has(workbookPart)) throw zipWithoutWorkbook();
  await reader._parseWorkbook(await zip.open(workbookPart));

  const partOf = (type: RegExp) => {
    const rel = workbookRels.find((candidate) => type.test(candidate.Type));
    return rel ? resolveTarget(workbookPart, rel.Target) : undefined;
  };
  const sharedStrings = partOf(/\/sharedStrings$/);
  if (sharedStrings && zip.has(sharedStrings)) {
    for await (const _ of reader._parseSharedStrings(await zip.open(sharedStrings))) {
      // With sharedStrings "cache" the parser fills the reader's table and yields nothing.
    }
  }
  const styles = partOf(/\/styles$/);
  if (styles && zip.has(styles)) await reader._parseStyles(await zip.open(styles));

  const sheets = reader.model?.sheets ?? [];
  for (const [index, sheet] of sheets.entries()) {
    const rel = workbookRels.find((candidate) => candidate.Id === sheet.rId);
    if (rel === undefined || !/\/worksheet$/.test(rel.Type)) continue; // chart sheets, dialog sheets
    const part = resolveTarget(workbookPart, rel.Target);
    if (!zip.has(part)) continue;
    const sheetNo = /(\d+)\.xml$/i.exec(part)?.[1] ?? String(sheet.id);
    const content = await zip.open(part);
    try {
      for (const { eventType, value } of reader._parseWorksheet(content, sheetNo)) {
        if (eventType !== "worksheet") continue;
        const worksheet = value as StreamedWorksheet;
        // exceljs names a sheet only if its rel target has its own spelling; the workbook says the name.
        worksheet.name = sheet.name;
        worksheet.position = { index, count: sheets.length };
        yield worksheet;
      }
    } finally {
      // A sheet the caller skipped was never read: close its file handle now.
      content.destroy();
    }
  }
}
