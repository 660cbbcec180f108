import { excelSerial, textStartTag, xmlText } from "./cellXml";
import type { SafeCellValue } from "./safeCellValue";
import type { XmlBytes } from "./xmlBytes";

/** `<c r="C5" s="4"`: a cell's start tag up to its type, the style left out when it is the default. */
function cellStart(out: XmlBytes, letters: string, row: number, styleId: number): void {
  out.ascii('<c r="');
  out.ascii(letters);
  out.digits(row);
  if (styleId === 0) out.ascii('"');
  else {
    out.ascii('" s="');
    out.digits(styleId);
    out.ascii('"');
  }
}

/**
 * `cellXml`'s `<c>` element, byte for byte, written into `out` with no
 * string made for it (the test compares the two over generated cells): the
 * cell at column `letters`, row `row`.
 */
export function writeCell(
  out: XmlBytes,
  letters: string,
  row: number,
  styleId: number,
  value: SafeCellValue,
): void {
  if (value === null || value === "") {
    if (styleId === 0) return;
    cellStart(out, letters, row, styleId);
    out.ascii("/>");
    return;
  }
  cellStart(out, letters, row, styleId);
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

/** `sharedStringCellXml`'s `<c>` element, byte for byte: text stored once in the shared-strings table, by its index there. */
export function writeSharedStringCell(
  out: XmlBytes,
  letters: string,
  row: number,
  styleId: number,
  index: number,
): void {
  cellStart(out, letters, row, styleId);
  out.ascii(' t="s"><v>');
  out.digits(index);
  out.ascii("</v></c>");
}
