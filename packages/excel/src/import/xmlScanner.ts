import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import { isNameChar, isNameStartChar } from "xmlchars/xml/1.0/ed5.js";
import { completeUtf8Length } from "./completeUtf8Length";
import { notWellFormedXml } from "./notWellFormedXml";
import { SaxesElementParser } from "./saxesXmlPart";
import { decodeCharacterData, XmlSyntaxError } from "./xmlCharacterData";
import type { XmlElement, XmlElementHandlers } from "./xmlElement";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const AMPERSAND = 0x26;
const CLOSE_BRACKET = 0x5d;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const LOWER_C = 0x63;
const LOWER_S = 0x73;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

/**
 * How far a plain cell's start tag can reach past its `<` (`<c r="XFD1048576" s="…" t="…"`, 45
 * characters, with room): nearer the chunk's end, a cell goes the general way. Reading past a
 * string's end gives NaN, and V8 then compiles the scanner's loops for it, all of them slower.
 */
const PLAIN_CELL_MARGIN = 64;

const isDigit = (code: number) => code >= DIGIT_0 && code <= DIGIT_9;
const isUpper = (code: number) => code >= UPPER_A && code <= UPPER_Z;
const isLetter = (code: number) => isUpper(code) || (code >= LOWER_A && code <= LOWER_Z);

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/** Characters XML 1.0 allows nowhere (a decoder gives no lone surrogates). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
const NOT_XML_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

/** Which ASCII characters may be in a name (bit 1) and start one (bit 2); names in a workbook are nearly all ASCII. */
const ASCII_NAME = Uint8Array.from({ length: 128 }, (_, code) =>
  isNameStartChar(code) ? 3 : isNameChar(code) ? 1 : 0,
);

function startsName(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128
    ? ((ASCII_NAME[code] as number) & 2) !== 0
    : isNameStartChar(text.codePointAt(at) as number);
}

/** Where the name characters from `at` on end. */
function endOfName(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 128) {
      if (((ASCII_NAME[code] as number) & 1) === 0) break;
      end++;
    } else {
      const point = text.codePointAt(end) as number;
      if (!isNameChar(point)) break;
      end += point > 0xffff ? 2 : 1;
    }
  }
  return end;
}

/** Whether the names from `start` to `end` and from `otherStart` to `otherEnd` are the same. */
function sameName(text: string, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  for (let offset = 0; offset < end - start; offset++)
    if (text.charCodeAt(start + offset) !== text.charCodeAt(otherStart + offset)) return false;
  return true;
}

/** The element being opened or closed, as handlers see it; one object, reused. */
class ScannedElement implements XmlElement {
  name = "";
  localName = "";
  constructor(private readonly scanner: XmlScanner) {}
  attribute(name: string): string | undefined {
    return this.scanner.attribute(name);
  }
}

/**
 * A streaming reader of well-formed XML 1.0 without a DTD, for the large
 * parts (worksheets, shared strings): it reads the decoded text with short
 * loops and `indexOf` instead of a state machine a character at a time, and
 * refuses what saxes refuses. The prolog (XML declaration, comments before
 * the root) is checked by saxes itself; a part that declares XML 1.1 is read
 * by saxes throughout. Text is passed on in the pieces the markup leaves.
 * docs/performance.md, "Reading, second round".
 */
export class XmlScanner {
  /** The bytes not yet read: a tag, text or comment the last chunk cut off, and a character cut off. */
  private pending: Buffer = Buffer.alloc(0);
  /** What is being read: the pending bytes and the new chunk's, decoded. */
  private text = "";
  private position = 0;
  /** Decodes the rest of a part handed to saxes. */
  private readonly saxesDecoder = new StringDecoder("utf8");
  /** Line and column (1-based line, 0-based column as saxes counts) where `text` starts, for errors. */
  private line = 1;
  private column = 0;
  private inProlog = true;
  private saxes: SaxesElementParser | undefined;
  /** The open elements' names and local names, innermost last. */
  private readonly openNames: string[] = [];
  private readonly openLocalNames: string[] = [];
  private rootClosed = false;
  private readonly element = new ScannedElement(this);
  /** The current start tag's attributes: name start and end, value start and end, four numbers each. */
  private spans = new Int32Array(64);
  /** The values that had references or line ends in them, decoded (by attribute index). */
  private readonly decoded: (string | undefined)[] = [];
  private attributeCount = 0;
  /** Recent names, by length and first and last character, so that a million `<c>` share one string. */
  private readonly nameCache = new Map<number, string>();
  /** A buffer reused to join what the last chunk left with the next chunk. */
  private joined = Buffer.alloc(0);

  constructor(
    private readonly part: string,
    private readonly handlers: XmlElementHandlers,
  ) {}

  /** Reads the next chunk of the part's bytes. */
  write(chunk: Buffer): void {
    if (this.saxes) {
      this.saxes.write(this.saxesDecoder.write(chunk));
      return;
    }
    const bytes = this.pending.length > 0 ? this.join(chunk) : chunk;
    const whole = completeUtf8Length(bytes);
    // Decoded in one piece (not the unread text + the new): V8 reads a concatenated string's characters several times slower.
    this.text = bytes.toString("utf8", 0, whole);
    this.position = 0;
    const forbidden = NOT_XML_CHAR.exec(this.text);
    if (forbidden) this.fail(forbidden.index, "disallowed character");
    this.scan(false);
    if (this.saxes) {
      this.saxesDecoder.write(bytes.subarray(whole));
      return;
    }
    this.pending = Buffer.concat([Buffer.from(this.text.slice(this.position)), bytes.subarray(whole)]);
  }

  /** The pending bytes and `chunk` in one buffer, reused from chunk to chunk. */
  private join(chunk: Buffer): Buffer {
    const length = this.pending.length + chunk.length;
    if (this.joined.length < length)
      this.joined = Buffer.allocUnsafe(Math.max(length, 2 * this.joined.length));
    this.pending.copy(this.joined, 0);
    chunk.copy(this.joined, this.pending.length);
    return this.joined.subarray(0, length);
  }

  /** The part has ended: what is left must finish the document. */
  end(): void {
    if (this.saxes) {
      this.saxes.write(this.saxesDecoder.end());
      this.saxes.close();
      return;
    }
    this.text = this.pending.toString("utf8");
    this.position = 0;
    if (NOT_XML_CHAR.test(this.text)) this.fail(this.text.search(NOT_XML_CHAR), "disallowed character");
    if (this.inProlog) {
      // No root element: saxes says what is wrong.
      this.handToSaxes().close();
      return;
    }
    this.scan(true);
    if (this.position < this.text.length) this.fail(this.position, "unexpected end");
    if (this.openNames.length > 0)
      this.fail(this.position, `unclosed tag: ${this.openNames[this.openNames.length - 1]}`);
  }

  /** The current start tag's attribute, by its name as written. */
  attribute(name: string): string | undefined {
    const { spans, text } = this;
    for (let index = 0; index < this.attributeCount; index++) {
      const nameStart = spans[4 * index] as number;
      if (
        (spans[4 * index + 1] as number) - nameStart === name.length &&
        text.charCodeAt(nameStart) === name.charCodeAt(0) &&
        (name.length === 1 || text.startsWith(name, nameStart))
      )
        return this.decoded[index] ?? text.slice(spans[4 * index + 2], spans[4 * index + 3]);
    }
    return undefined;
  }

  private scan(final: boolean): void {
    if (this.inProlog && !this.readProlog()) return;
    const { text } = this;
    const { plainCell } = this.handlers;
    let at = this.position;
    try {
      while (at < text.length) {
        if (text.charCodeAt(at) !== LT) {
          const end = this.characterData(at, final);
          if (end < 0) break; // more text may follow in the next chunk
          at = end;
          continue;
        }
        if (
          plainCell !== undefined &&
          at + PLAIN_CELL_MARGIN < text.length &&
          text.charCodeAt(at + 1) === LOWER_C &&
          this.openNames.length > 0
        ) {
          const cellEnd = this.plainCellAt(at, plainCell);
          if (cellEnd >= 0) {
            at = cellEnd;
            continue;
          }
        }
        const next = this.markup(at);
        if (next < 0) break; // the markup goes on in the next chunk
        at = next;
      }
    } catch (error) {
      if (error instanceof XmlSyntaxError) this.fail(error.offset, error.message);
      throw error;
    }
    this.advance(at);
  }

  /**
   * Finds the root element's start past the prolog, and has saxes check the
   * prolog; false while the prolog may go on in the next chunk.
   */
  private readProlog(): boolean {
    const { text } = this;
    let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (;;) {
      while (at < text.length && isSpace(text.charCodeAt(at))) at++;
      if (text.length - at < 4) return false;
      let end: number;
      if (text.startsWith("<?", at)) end = text.indexOf("?>", at + 2) + 2;
      else if (text.startsWith("<!--", at)) end = text.indexOf("-->", at + 4) + 3;
      else if (text.charCodeAt(at) === LT && startsName(text, at + 1)) break;
      else {
        // Text, a DOCTYPE or a stray character before the root: saxes decides.
        this.handToSaxes();
        return false;
      }
      if (end < 3) return false; // unfinished (indexOf gave -1)
      at = end;
    }
    let version: string | undefined;
    const check = new SaxesParser({ xmlns: false, fileName: this.part });
    let failure: Error | undefined;
    check.on("error", (error) => {
      failure ??= error;
    });
    check.on("xmldecl", (declaration) => {
      version = declaration.version;
    });
    check.write(`${text.slice(0, at)}<r/>`).close();
    if (failure) throw notWellFormedXml(this.part, failure);
    if (version !== undefined && version !== "1.0") {
      this.handToSaxes();
      return false;
    }
    this.inProlog = false;
    this.advance(at);
    return true;
  }

  /** Gives the whole part to saxes: a part in XML 1.1, or one whose prolog is not the usual. */
  private handToSaxes(): SaxesElementParser {
    const saxes = new SaxesElementParser(this.part, this.handlers);
    this.saxes = saxes;
    const { text } = this;
    this.text = "";
    this.position = 0;
    saxes.write(text);
    return saxes;
  }

  /**
   * Character data from `start` to the next `<`: entities checked and
   * decoded, and passed on inside the root. Gives where it ends, or -1 if it
   * may go on in the next chunk. (A loop over the characters: most text in a
   * worksheet is a few digits, too short for `indexOf` to pay.)
   */
  private characterData(start: number, final: boolean): number {
    const { text } = this;
    let end = start;
    let special = false;
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (code === LT) break;
      if (code === AMPERSAND || code === CR || code === CLOSE_BRACKET) special = true;
    }
    if (end === text.length && !final) return -1;
    const raw = text.slice(start, end);
    if (this.openNames.length === 0) {
      if (!/^[ \t\n\r]*$/.test(raw)) this.fail(start, "text data outside of root node");
      return end;
    }
    let decoded = raw;
    if (special) {
      const cdataEnd = raw.indexOf("]]>");
      if (cdataEnd >= 0) this.fail(start + cdataEnd, '"]]>" in text');
      decoded = decodeCharacterData(raw, start, false);
    }
    this.handlers.text?.(decoded);
    return end;
  }

  /** Reads the markup at `at` (a `<`); gives where it ends, or -1 if it goes on in the next chunk. */
  private markup(at: number): number {
    if (at + 1 >= this.text.length) return -1;
    switch (this.text.charCodeAt(at + 1)) {
      case SLASH:
        return this.endTag(at);
      case BANG:
        return this.commentOrCdata(at);
      case QUESTION:
        return this.processingInstruction(at);
      default:
        return this.startTag(at);
    }
  }

  private startTag(at: number): number {
    const { text } = this;
    if (this.rootClosed) this.fail(at, "documents may contain only one root");
    if (!startsName(text, at + 1)) this.fail(at, "disallowed character in tag name");
    const nameEnd = endOfName(text, at + 1);
    let end = nameEnd;
    this.attributeCount = 0;
    let selfClosing = false;
    for (;;) {
      if (end >= text.length) return -1;
      const code = text.charCodeAt(end);
      if (code === GT) {
        end++;
        break;
      }
      if (code === SLASH) {
        if (end + 1 >= text.length) return -1;
        if (text.charCodeAt(end + 1) !== GT) this.fail(end, "forward-slash in opening tag not followed by >");
        selfClosing = true;
        end += 2;
        break;
      }
      if (!isSpace(code))
        this.fail(end, "no whitespace before an attribute, or a disallowed character in a tag");
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      if (end >= text.length) return -1;
      const next = text.charCodeAt(end);
      if (next === GT || next === SLASH) continue;
      end = this.attributeAt(end);
      if (end < 0) return -1;
    }
    const name = this.nameAt(at + 1, nameEnd);
    const colon = name.indexOf(":");
    const localName = colon < 0 ? name : this.nameAt(at + 2 + colon, nameEnd);
    this.open(name, localName);
    if (selfClosing) this.close();
    return end;
  }

  /** Reads one attribute of a start tag; gives where it ends, or -1 if it goes on in the next chunk. */
  private attributeAt(start: number): number {
    const { text } = this;
    let { spans } = this;
    if (!startsName(text, start)) this.fail(start, "disallowed character in attribute name");
    const nameEnd = endOfName(text, start);
    let at = nameEnd;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) return -1;
    if (text.charCodeAt(at) !== EQUALS) this.fail(at, "attribute without value");
    at++;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) return -1;
    const quote = text.charCodeAt(at);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) this.fail(at, "unquoted attribute value");
    const valueStart = at + 1;
    let valueEnd = valueStart;
    let special = false;
    for (; valueEnd < text.length; valueEnd++) {
      const code = text.charCodeAt(valueEnd);
      if (code === quote) break;
      if (code === LT) this.fail(valueEnd, "< in an attribute value");
      if (code === AMPERSAND || code === TAB || code === LF || code === CR) special = true;
    }
    if (valueEnd === text.length) return -1;
    const index = this.attributeCount;
    for (let other = 0; other < index; other++) {
      if (sameName(text, spans[4 * other] as number, spans[4 * other + 1] as number, start, nameEnd))
        this.fail(start, `duplicate attribute: ${text.slice(start, nameEnd)}`);
    }
    if (spans.length < 4 * (index + 1)) {
      this.spans = new Int32Array(2 * spans.length);
      this.spans.set(spans);
      spans = this.spans;
    }
    spans[4 * index] = start;
    spans[4 * index + 1] = nameEnd;
    spans[4 * index + 2] = valueStart;
    spans[4 * index + 3] = valueEnd;
    this.decoded[index] = !special
      ? undefined
      : decodeCharacterData(text.slice(valueStart, valueEnd), valueStart, true);
    this.attributeCount = index + 1;
    return valueEnd + 1;
  }

  /**
   * A cell in its plain shape at `at` (see {@link XmlElementHandlers.plainCell}),
   * handed over whole; gives where it ends, or -1 if the markup there is
   * anything else, or goes on in the next chunk, for the general path to
   * read. The shape is matched character by character, with nothing in it
   * that could be ill-formed (one space before each attribute, double
   * quotes, no references), so it accepts only what the general path would
   * and means the same open, text and close. Reading a workbook's sheets so
   * took a third fewer instructions: docs/performance.md, "A cell's plain
   * shape, and each record checked once".
   */
  private plainCellAt(at: number, plainCell: NonNullable<XmlElementHandlers["plainCell"]>): number {
    const { text } = this;
    if (!text.startsWith(' r="', at + 2)) return -1;
    let end = at + 6;
    let column = 0;
    let code = text.charCodeAt(end);
    while (isUpper(code) && end - at < 9) {
      column = column * 26 + code - 64;
      code = text.charCodeAt(++end);
    }
    if (column === 0 || !isDigit(code)) return -1;
    const digitsFrom = end;
    while (isDigit(code) && end - digitsFrom < 7) code = text.charCodeAt(++end);
    if (code !== DOUBLE_QUOTE) return -1;
    end++;
    let style: number | undefined;
    if (text.startsWith(' s="', end)) {
      end += 4;
      style = 0;
      code = text.charCodeAt(end);
      const from = end;
      while (isDigit(code) && end - from < 9) {
        style = style * 10 + code - DIGIT_0;
        code = text.charCodeAt(++end);
      }
      if (end === from || code !== DOUBLE_QUOTE) return -1;
      end++;
    }
    let type: string | undefined;
    if (text.startsWith(' t="', end)) {
      end += 4;
      const from = end;
      code = text.charCodeAt(end);
      while (isLetter(code) && end - from < 9) code = text.charCodeAt(++end);
      if (end === from || code !== DOUBLE_QUOTE) return -1;
      // The shared-string type is most cells': one string for all of them.
      type = end - from === 1 && text.charCodeAt(from) === LOWER_S ? "s" : text.slice(from, end);
      end++;
    }
    if (text.startsWith("/>", end)) {
      plainCell(column, style, type, undefined);
      return end + 2;
    }
    if (!text.startsWith("><v>", end)) return -1;
    end += 4;
    const valueFrom = end;
    for (; end < text.length; end++) {
      code = text.charCodeAt(end);
      if (code === LT) break;
      if (code === AMPERSAND || code === CR || code === CLOSE_BRACKET) return -1;
    }
    if (!text.startsWith("</v></c>", end)) return -1;
    plainCell(column, style, type, text.slice(valueFrom, end));
    return end + 8;
  }

  private endTag(at: number): number {
    const { text, openNames } = this;
    const name = openNames[openNames.length - 1];
    if (name === undefined) this.fail(at, "unmatched closing tag");
    const nameEnd = at + 2 + (name as string).length;
    if (nameEnd >= text.length) return -1;
    if (!text.startsWith(name as string, at + 2)) this.fail(at, `unexpected close tag (${name} is open)`);
    let end = nameEnd;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    if (end >= text.length) return -1;
    if (text.charCodeAt(end) !== GT) this.fail(end, "disallowed character in closing tag");
    this.close();
    return end + 1;
  }

  private commentOrCdata(at: number): number {
    const { text } = this;
    if (text.startsWith("<!--", at)) {
      // The first `--` must end the comment.
      const dashes = text.indexOf("--", at + 4);
      if (dashes < 0 || dashes + 2 >= text.length) return -1;
      if (text.charCodeAt(dashes + 2) !== GT) this.fail(dashes, "malformed comment");
      return dashes + 3;
    }
    if (text.startsWith("<![CDATA[", at)) {
      if (this.openNames.length === 0) this.fail(at, "text data outside of root node");
      const end = text.indexOf("]]>", at + 9);
      if (end < 0) return -1;
      this.handlers.text?.(text.slice(at + 9, end).replace(/\r\n?/g, "\n"));
      return end + 3;
    }
    const rest = text.slice(at);
    if (rest.length < 9 && ("<![CDATA[".startsWith(rest) || "<!--".startsWith(rest))) return -1;
    // A DOCTYPE inside the document, or something that is no markup at all.
    return this.fail(at, "incorrect syntax");
  }

  private processingInstruction(at: number): number {
    const { text } = this;
    if (at + 2 >= text.length) return -1;
    if (!startsName(text, at + 2)) this.fail(at, "processing instruction without a target");
    const targetEnd = endOfName(text, at + 2);
    if (targetEnd >= text.length) return -1;
    const after = text.charCodeAt(targetEnd);
    if (after !== QUESTION && !isSpace(after))
      this.fail(targetEnd, "disallowed character in processing instruction name");
    if (text.slice(at + 2, targetEnd).toLowerCase() === "xml")
      this.fail(at, "the XML declaration must appear at the start of the document");
    const end = text.indexOf("?>", targetEnd);
    return end < 0 ? -1 : end + 2;
  }

  /** The name from `start` to `end`, as the string it was last time if it is the same name. */
  private nameAt(start: number, end: number): string {
    const { text } = this;
    const key =
      ((end - start) << 16) | ((text.charCodeAt(start) & 0xff) << 8) | (text.charCodeAt(end - 1) & 0xff);
    const known = this.nameCache.get(key);
    if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
    const name = text.slice(start, end);
    this.nameCache.set(key, name);
    return name;
  }

  private open(name: string, localName: string): void {
    this.openNames.push(name);
    this.openLocalNames.push(localName);
    this.element.name = name;
    this.element.localName = localName;
    this.handlers.open?.(this.element);
  }

  private close(): void {
    this.attributeCount = 0;
    this.element.name = this.openNames.pop() as string;
    this.element.localName = this.openLocalNames.pop() as string;
    if (this.openNames.length === 0) this.rootClosed = true;
    this.handlers.close?.(this.element);
  }

  /** Marks the text up to `at` read, counting its lines for the positions errors give. */
  private advance(at: number): void {
    const { line, column } = this.lineAndColumn(at);
    this.line = line;
    this.column = column;
    this.position = at;
  }

  /** The line and column of `offset` in the text, counted on from the last place marked read. */
  private lineAndColumn(offset: number): { line: number; column: number } {
    const { text, position } = this;
    const lf = text.indexOf("\n", position);
    const cr = text.indexOf("\r", position);
    if ((lf < 0 || lf >= offset) && (cr < 0 || cr >= offset))
      return { line: this.line, column: this.column + offset - position };
    const read = text.slice(position, offset);
    const breaks = read.match(/\r\n?|\n/g) ?? [];
    const lastBreak = Math.max(read.lastIndexOf("\n"), read.lastIndexOf("\r"));
    return { line: this.line + breaks.length, column: read.length - lastBreak - 1 };
  }

  private fail(offset: number, message: string): never {
    const { line, column } = this.lineAndColumn(offset);
    throw notWellFormedXml(this.part, new Error(`${this.part}:${line}:${column + 1}: ${message}.`));
  }
}
