import type { Readable } from "node:stream";
import type { XmlElementHandlers } from "./xmlElement";
import { XmlScanner } from "./xmlScanner";

/**
 * Reads a part with the {@link XmlScanner}, yielding after each chunk of
 * inflated bytes. A character split between two chunks stays whole.
 */
export async function* scanXmlPart(
  part: string,
  content: Readable,
  handlers: XmlElementHandlers,
): AsyncGenerator<void, void, undefined> {
  const scanner = new XmlScanner(part, handlers);
  for await (const chunk of content) {
    scanner.write(chunk as Buffer);
    yield;
  }
  scanner.end();
  yield;
}
