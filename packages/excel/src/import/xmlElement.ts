import type { Readable } from "node:stream";

/**
 * An element as a part's reader sees it. The object may be reused for the
 * next element: read what you need during the call it is passed to.
 */
export interface XmlElement {
  /** The name as written, with its prefix (`x:row`). */
  readonly name: string;
  /** The name without its namespace prefix (`row`). */
  readonly localName: string;
  /** An attribute's value by its name as written, entities decoded; `undefined` if absent (or asked on closing). */
  attribute(name: string): string | undefined;
}

/** What a reader of one part does with its elements; each is optional. */
export interface XmlElementHandlers {
  open?(element: XmlElement): void;
  /** Character data, entities decoded, line ends normalised; one element's text may come in pieces. */
  text?(text: string): void;
  close?(element: XmlElement): void;
  /**
   * A cell in the one shape nearly every cell of a worksheet has, as Excel
   * and LibreOffice write it (`<c r="B12" s="3" t="s"><v>42</v></c>`, or
   * self-closing): handed over whole, in place of its open, text and close
   * calls, by a reader that recognises it (the scanner; saxes does not).
   * `column` is the reference's column number, `value` the `<v>` text as it
   * stands (it has no references to decode), `undefined` if self-closing.
   */
  plainCell?(
    column: number,
    style: number | undefined,
    type: string | undefined,
    value: string | undefined,
  ): void;
}

/**
 * Feeds a part to `handlers`, yielding after each chunk of inflated bytes so
 * the caller can hand on what the chunk gave; refuses a part that is not
 * well-formed XML.
 */
export type XmlPartReader = (
  part: string,
  content: Readable,
  handlers: XmlElementHandlers,
) => AsyncGenerator<void, void, undefined>;

/** An element's name without its namespace prefix (`x:row` is `row`). */
export function localNameOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
