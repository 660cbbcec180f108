import type { SafeCellValue } from "./safeCellValue";

/** Control characters XML text cannot hold (all but tab, LF and CR); exceljs drops them too, and DEL. */
const CONTROL = String.raw`\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F`;
/** What XML text cannot hold: those, U+FFFE/FFFF and lone surrogates. */
const NOT_XML = new RegExp(
  String.raw`[${CONTROL}\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  "g",
);
const MARKUP = /[&<>]/g;
const NEEDS_WORK = new RegExp(String.raw`[&<>${CONTROL}\uD800-\uDFFF\uFFFE\uFFFF]`);
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** Text whose white space an XML reader could trim unless told to keep it (exceljs's test). */
const EDGE_SPACE = /^\s|\n|\s$/;

/** Text without what XML cannot hold, markup left as it is (for a writer that escapes it). */
export function xmlCharacters(text: string): string {
  return NEEDS_WORK.test(text) ? text.replace(NOT_XML, "") : text;
}

/** Text as the content of an XML element. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML, "").replace(MARKUP, (char) => ENTITY[char] as string);
}

/** The start tag of a cell's text: white space at its edges kept, as exceljs does. */
export function textStartTag(text: string): string {
  return EDGE_SPACE.test(text) ? '<t xml:space="preserve">' : "<t>";
}

/** Excel's serial day number of a moment (1900 date system), as exceljs writes dates. */
export function excelSerial(date: Date): number {
  return 25569 + date.getTime() / 86_400_000;
}

/** The `<c>` element of a text cell stored once in the shared-strings table, by its index there. */
export function sharedStringCellXml(reference: string, styleId: number, index: number): string {
  const style = styleId === 0 ? "" : ` s="${styleId}"`;
  return `<c r="${reference}"${style} t="s"><v>${index}</v></c>`;
}

/**
 * The `<c>` element of one cell, style given by its index in the style table.
 * Text is an inline string (`t="inlineStr"`): it needs no shared-strings
 * table held until the file ends, and, like a shared string, it is text and
 * never a formula (no `<f>`, not `t="str"`, a formula's result). An empty
 * text is written as a blank cell.
 */
export function cellXml(reference: string, styleId: number, value: SafeCellValue): string {
  const style = styleId === 0 ? "" : ` s="${styleId}"`;
  if (value === null || value === "") return style === "" ? "" : `<c r="${reference}"${style}/>`;
  switch (typeof value) {
    case "string": {
      return `<c r="${reference}"${style} t="inlineStr"><is>${textStartTag(value)}${xmlText(value)}</t></is></c>`;
    }
    case "number":
      return `<c r="${reference}"${style}><v>${value}</v></c>`;
    case "boolean":
      return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      return `<c r="${reference}"${style}><v>${excelSerial(value)}</v></c>`;
  }
}
