import type { Readable } from "node:stream";
import { SharedStringTable } from "./sharedStringTable";
import { localName, readXmlPart } from "./xmlPartEvents";

/**
 * Reads the shared-strings part (`<sst>`): each `<si>` is one string, plain
 * (`<t>`) or rich text (runs `<r><t>`, joined). Phonetic guides (`<rPh>`,
 * the reading written above East Asian text) are not the cell's text.
 */
export async function readSharedStrings(part: string, content: Readable): Promise<SharedStringTable> {
  const table = new SharedStringTable();
  let text = "";
  let inText = false;
  let inPhonetic = false;
  await readXmlPart(part, content, {
    open(tag) {
      switch (localName(tag)) {
        case "si":
          text = "";
          break;
        case "t":
          inText = !inPhonetic;
          break;
        case "rPh":
          inPhonetic = true;
          break;
      }
    },
    text(chunk) {
      if (inText) text += chunk;
    },
    close(tag) {
      switch (localName(tag)) {
        case "si":
          table.add(text);
          break;
        case "t":
          inText = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
      }
    },
  });
  table.trim();
  return table;
}
