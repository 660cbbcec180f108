import { isChar } from "xmlchars/xml/1.0/ed5.js";

/** A place in a part's text where it stops being well-formed XML. */
export class XmlSyntaxError extends Error {
  constructor(
    /** Where, as an offset into the text the scanner was reading. */
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The text of one reference's name (`amp`, `#38`, `#x26`), as XML 1.0 allows it, with no DTD to define others. */
function referenceText(name: string, offset: number): string {
  if (name[0] !== "#") {
    const text = PREDEFINED_ENTITIES[name];
    if (text === undefined) throw new XmlSyntaxError(offset, `undefined entity &${name};`);
    return text;
  }
  let code = Number.NaN;
  if (/^#x[0-9a-fA-F]+$/.test(name)) code = Number.parseInt(name.slice(2), 16);
  else if (/^#[0-9]+$/.test(name)) code = Number.parseInt(name.slice(1), 10);
  if (!isChar(code)) throw new XmlSyntaxError(offset, `malformed character reference &${name};`);
  return String.fromCodePoint(code);
}

/**
 * Character data as XML 1.0 reads it: references decoded, line ends (CR LF,
 * CR) made LF, and in an attribute value every tab and line end a space
 * (XML 1.0, 2.11 and 3.3.3; a character reference is taken as it is).
 * `offset` is where `raw` starts in the scanner's text, for errors.
 */
export function decodeCharacterData(raw: string, offset: number, inAttribute: boolean): string {
  const normalise = (text: string) =>
    inAttribute ? text.replace(/\r\n|[\t\n\r]/g, " ") : text.replace(/\r\n?/g, "\n");
  let decoded = "";
  let from = 0;
  for (let amp = raw.indexOf("&"); amp >= 0; amp = raw.indexOf("&", from)) {
    const semicolon = raw.indexOf(";", amp + 1);
    if (semicolon < 0) throw new XmlSyntaxError(offset + amp, "an & that starts no reference");
    decoded += normalise(raw.slice(from, amp)) + referenceText(raw.slice(amp + 1, semicolon), offset + amp);
    from = semicolon + 1;
  }
  return decoded + normalise(raw.slice(from));
}
