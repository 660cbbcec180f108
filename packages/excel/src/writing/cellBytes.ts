import { excelSerial, textStartTag, xmlText } from "./cellXml";
import type { SafeCellValue } from "./safeCellValue";
import type { XmlBytes } from "./xmlBytes";

/**
 * The start tags of a table's cells up to their type (`<c r="L5" s="4"`),
 * written from pieces made once: each column's `<c r="L`, the row's number
 * once a row, each style's `" s="4"` (the style left out when it is the
 * default), rather than digit by digit for each of millions of cells.
 */
export class CellStarts {
  readonly #columns: readonly string[];
  readonly #styles: string[] = [];
  #row = "";

  constructor(columnLetters: readonly string[]) {
    this.#columns = columnLetters.map((letters) => `<c r="${letters}`);
  }

  /** The row the next cells are in. */
  row(rowNumber: number): void {
    this.#row = String(rowNumber);
  }

  /** The start tag of the cell in column `column` (0-based) of the row, with its style. */
  write(out: XmlBytes, column: number, styleId: number): void {
    this.reference(out, column);
    let style = this.#styles[styleId];
    if (style === undefined) {
      style = styleAttribute(styleId);
      this.#styles[styleId] = style;
    }
    out.ascii(style);
  }

  /** The start tag of the cell in column `column` of the row up to its reference (`<c r="L5`), for a `sharedStringCellTail` to end. */
  reference(out: XmlBytes, column: number): void {
    out.ascii(this.#columns[column] as string);
    out.ascii(this.#row);
  }
}

/** The end of a cell's reference and its style (`" s="4"`; the default style left out). */
function styleAttribute(styleId: number): string {
  return styleId === 0 ? '"' : `" s="${styleId}"`;
}

/**
 * `cellXml`'s `<c>` element, byte for byte, written into `out` with no
 * string made for it (the test compares the two over generated cells): the
 * cell in column `column` of the row `starts` is at.
 */
export function writeCell(
  out: XmlBytes,
  starts: CellStarts,
  column: number,
  styleId: number,
  value: SafeCellValue,
): void {
  if (value === null || value === "") {
    if (styleId === 0) return;
    starts.write(out, column, styleId);
    out.ascii("/>");
    return;
  }
  starts.write(out, column, styleId);
  switch (typeof value) {
    case "string":
      out.ascii(' t="inlineStr"><is>');
      out.ascii(textStartTag(value));
      out.text(xmlText(value));
      out.ascii("</t></is></c>");
      return;
    case "number":
      out.ascii("><v>");
      out.ascii(String(value));
      out.ascii("</v></c>");
      return;
    case "boolean":
      out.ascii(value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
      return;
    default:
      out.ascii("><v>");
      out.ascii(String(excelSerial(value)));
      out.ascii("</v></c>");
  }
}

/**
 * `sharedStringCellXml`'s `<c>` element after the cell's reference
 * (`" s="4" t="s"><v>22</v></c>`), text stored once in the shared-strings
 * table, by its index there: the same for every cell of that style and
 * shared text, so that a table makes it once and writes it after
 * `CellStarts.reference` (the test compares the two with `sharedStringCellXml`).
 */
export function sharedStringCellTail(styleId: number, index: number): string {
  return `${styleAttribute(styleId)} t="s"><v>${index}</v></c>`;
}
