import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type { XmlElementHandlers } from "./xmlElement";
import { XmlScanner } from "./xmlScanner";

/**
 * Reads a part with the {@link XmlScanner}, yielding after each chunk of
 * inflated bytes. Bytes are decoded as a stream: a character split between
 * two chunks stays whole.
 */
export async function* scanXmlPart(
  part: string,
  content: Readable,
  handlers: XmlElementHandlers,
): AsyncGenerator<void, void, undefined> {
  const scanner = new XmlScanner(part, handlers);
  const decoder = new StringDecoder("utf8");
  for await (const chunk of content) {
    scanner.write(decoder.write(chunk as Buffer));
    yield;
  }
  scanner.write(decoder.end());
  scanner.end();
  yield;
}
