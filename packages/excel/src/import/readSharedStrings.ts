import type { Readable } from "node:stream";
import { scanXmlPart } from "./scanXmlPart";
import { SharedStringTable } from "./sharedStringTable";
import type { XmlPartReader } from "./xmlElement";

/**
 * Reads the shared-strings part (`<sst>`): each `<si>` is one string, plain
 * (`<t>`) or rich text (runs `<r><t>`, joined). Phonetic guides (`<rPh>`,
 * the reading written above East Asian text) are not the cell's text.
 */
export async function readSharedStrings(
  part: string,
  content: Readable,
  read: XmlPartReader = scanXmlPart,
): Promise<SharedStringTable> {
  const table = new SharedStringTable();
  let text = "";
  let inText = false;
  let inPhonetic = false;
  const events = read(part, content, {
    open(tag) {
      switch (tag.localName) {
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
      switch (tag.localName) {
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
  for await (const _ of events) {
    // The handlers keep what they need.
  }
  return table;
}
