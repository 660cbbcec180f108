import { posix } from "node:path";
import { zipWithoutWorkbook } from "./sniffFileKind";
import { localName, readXmlPart } from "./xmlPartEvents";
import type { ZipArchive } from "./zipArchive";

export interface SheetEntry {
  name: string;
  /** The worksheet part, or `undefined` for a chart or dialog sheet (or one whose part is missing). */
  part: string | undefined;
}

/** Where a workbook's parts are, from its relationships, and how it counts dates. */
export interface WorkbookParts {
  sheets: SheetEntry[];
  sharedStrings: string | undefined;
  styles: string | undefined;
  date1904: boolean;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromPart), target));
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

async function readRels(zip: ZipArchive, part: string): Promise<Relationship[]> {
  const relsPath = relsPathOf(part);
  if (!zip.has(relsPath)) return [];
  const rels: Relationship[] = [];
  await readXmlPart(relsPath, await zip.open(relsPath), {
    open(tag) {
      if (localName(tag) !== "Relationship" || tag.attributes.TargetMode === "External") return;
      const { Id = "", Type = "", Target = "" } = tag.attributes;
      rels.push({ id: Id, type: Type, target: resolveTarget(part, Target) });
    },
  });
  return rels;
}

/** `1` and `true` are true in XML Schema's boolean (Excel writes `1`, LibreOffice `true`). */
const isTrue = (value: string | undefined) => value === "1" || value === "true";

/**
 * Finds the workbook part through the package's relationships, then its
 * sheets in workbook order (each by the name the workbook gives it), the
 * shared strings, the styles and the date system.
 */
export async function readWorkbookParts(zip: ZipArchive): Promise<WorkbookParts> {
  const packageRels = await readRels(zip, "");
  const workbookPart =
    packageRels.find((rel) => /\/officeDocument$/.test(rel.type))?.target ?? "xl/workbook.xml";
  if (!zip.has(workbookPart)) throw zipWithoutWorkbook();
  const rels = await readRels(zip, workbookPart);
  const partOf = (type: RegExp) => {
    const target = rels.find((rel) => type.test(rel.type))?.target;
    return target !== undefined && zip.has(target) ? target : undefined;
  };

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await readXmlPart(workbookPart, await zip.open(workbookPart), {
    open(tag) {
      const name = localName(tag);
      if (name === "workbookPr") date1904 = isTrue(tag.attributes.date1904);
      if (name !== "sheet") return;
      // The relationship ID is `r:id` under whatever prefix the workbook binds to the relationships namespace.
      const idAttribute = Object.keys(tag.attributes).find((key) => key.endsWith(":id"));
      const rel = rels.find((candidate) => candidate.id === tag.attributes[idAttribute ?? "r:id"]);
      const isWorksheet = rel !== undefined && /\/worksheet$/.test(rel.type) && zip.has(rel.target);
      sheets.push({ name: tag.attributes.name ?? "", part: isWorksheet ? rel.target : undefined });
    },
  });
  return {
    sheets,
    sharedStrings: partOf(/\/sharedStrings$/),
    styles: partOf(/\/styles$/),
    date1904,
  };
}
