import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { notWellFormedXml } from "./notWellFormedXml";
import { localNameOf, type XmlElement, type XmlElementHandlers } from "./xmlElement";

/** A saxes tag seen as an {@link XmlElement}. */
function elementOf(tag: SaxesTagPlain): XmlElement {
  return { name: tag.name, localName: localNameOf(tag.name), attribute: (name) => tag.attributes[name] };
}

/** A saxes parser feeding `handlers`: what the scanner hands an XML 1.1 part to, and what tests compare it with. */
export class SaxesElementParser {
  private readonly parser: SaxesParser<{ xmlns: false; fileName: string }>;
  private failure: Error | undefined;

  constructor(
    private readonly part: string,
    handlers: XmlElementHandlers,
  ) {
    this.parser = new SaxesParser({ xmlns: false, fileName: part });
    this.parser.on("error", (error) => {
      this.failure ??= error;
    });
    const { open, text, close } = handlers;
    if (open) this.parser.on("opentag", (tag) => open(elementOf(tag)));
    if (text) {
      this.parser.on("text", text);
      this.parser.on("cdata", text);
    }
    if (close) this.parser.on("closetag", (tag) => close(elementOf(tag)));
  }

  write(text: string): void {
    this.parser.write(text);
    this.refuseIfFailed();
  }

  close(): void {
    this.parser.close();
    this.refuseIfFailed();
  }

  private refuseIfFailed(): void {
    if (this.failure) throw notWellFormedXml(this.part, this.failure);
  }
}

/** Reads a part with saxes, a chunk at a time (the reader before the scanner, kept as its reference). */
export async function* saxesXmlPart(
  part: string,
  content: Readable,
  handlers: XmlElementHandlers,
): AsyncGenerator<void, void, undefined> {
  const parser = new SaxesElementParser(part, handlers);
  const decoder = new StringDecoder("utf8");
  for await (const chunk of content) {
    parser.write(decoder.write(chunk as Buffer));
    yield;
  }
  parser.write(decoder.end());
  parser.close();
  yield;
}
