import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { notWellFormedXml } from "./notWellFormedXml";

export type XmlTag = SaxesTagPlain;

/** What a reader of one part does with its elements; each is optional. */
export interface XmlHandlers {
  open?(tag: XmlTag): void;
  text?(text: string): void;
  close?(tag: XmlTag): void;
}

/** An element's name without its namespace prefix (`x:row` is `row`). */
export function localName(tag: XmlTag): string {
  const colon = tag.name.indexOf(":");
  return colon < 0 ? tag.name : tag.name.slice(colon + 1);
}

/**
 * Feeds a part's inflated bytes through saxes to `handlers`, yielding after
 * each chunk so the caller can hand on what the chunk gave. Bytes are decoded
 * as a stream: a character split between two chunks stays whole.
 */
export async function* xmlPartEvents(
  part: string,
  content: Readable,
  handlers: XmlHandlers,
): AsyncGenerator<void, void, undefined> {
  const parser = new SaxesParser<{ xmlns: false; fileName: string }>({ xmlns: false, fileName: part });
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  if (handlers.close) parser.on("closetag", handlers.close);
  const decoder = new StringDecoder("utf8");
  for await (const chunk of content) {
    parser.write(decoder.write(chunk as Buffer));
    if (failure) throw notWellFormedXml(part, failure);
    yield;
  }
  parser.write(decoder.end());
  parser.close();
  if (failure) throw notWellFormedXml(part, failure);
  yield;
}

/** Runs a part through `handlers` to its end (for the small parts read whole before the sheets). */
export async function readXmlPart(part: string, content: Readable, handlers: XmlHandlers): Promise<void> {
  for await (const _ of xmlPartEvents(part, content, handlers)) {
    // The handlers keep what they need.
  }
}
