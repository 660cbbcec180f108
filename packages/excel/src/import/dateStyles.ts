import type { Readable } from "node:stream";
import { localName, readXmlPart } from "./xmlPartEvents";

/**
 * The built-in number formats that show a date or a time (ECMA-376 part 1,
 * 18.8.30, with the East Asian ones Chinese Excel and WPS use, such as 31:
 * `yyyy"年"m"月"d"日"`).
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a format code shows a date or time: a date part outside quoted text, `[colour]` and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  return /[ymdhs]/i.test(bare.replace(/General/gi, ""));
}

/**
 * Reads the styles part as far as dates need: which cell formats (`cellXfs`,
 * by index, as a cell's `s` names them) show their number as a date.
 */
export async function readDateStyles(part: string, content: Readable): Promise<boolean[]> {
  const customDates = new Map<number, boolean>();
  const dateStyles: boolean[] = [];
  let inCellFormats = false;
  await readXmlPart(part, content, {
    open(tag) {
      switch (localName(tag)) {
        case "numFmt": {
          const id = Number(tag.attributes.numFmtId);
          customDates.set(id, isDateFormatCode(tag.attributes.formatCode ?? ""));
          break;
        }
        case "cellXfs":
          inCellFormats = true;
          break;
        case "xf":
          if (inCellFormats) {
            const id = Number(tag.attributes.numFmtId ?? 0);
            dateStyles.push(customDates.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
          }
          break;
      }
    },
    close(tag) {
      if (localName(tag) === "cellXfs") inCellFormats = false;
    },
  });
  return dateStyles;
}
