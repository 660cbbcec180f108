/** The size of the pieces handed to a sheet's zip entry. */
const CHUNK_BYTES = 1 << 18;
/** The most UTF-8 bytes a UTF-16 code unit takes. */
const MAX_BYTES_PER_UNIT = 3;
/** The most digits of an integer `digits` writes (2^53). */
const MAX_DIGITS = 16;

/**
 * Writes XML as bytes straight into pieces of about 256 KB: markup and
 * numbers byte by byte, text encoded in place, so that no string is made for
 * a cell or a row. The verdict sheet of a 100k-member report is a billion
 * bytes in twenty million cells; made as strings first (each cell's
 * `<c r="L5" s="4" …>`, each row joined from them, then flattened to be
 * encoded), it was a third of everything the run allocated, 8 GB to write
 * 1 GB (docs/performance.md, "Less allocated, and many problems counted").
 */
export class XmlBytes {
  private chunk: Buffer;
  private length = 0;

  /** `pieceBytes`: the size of a piece (smaller in tests, to cross piece boundaries often). */
  constructor(
    private readonly send: (bytes: Buffer) => void,
    private readonly pieceBytes = CHUNK_BYTES,
  ) {
    this.chunk = Buffer.allocUnsafe(pieceBytes);
  }

  /** Text known to be ASCII (markup, cell references, numbers), a byte a character. */
  ascii(text: string): void {
    if (text.length > this.pieceBytes) {
      this.flush();
      this.send(Buffer.from(text, "latin1"));
      return;
    }
    this.room(text.length);
    const { chunk } = this;
    let at = this.length;
    for (let i = 0; i < text.length; i++) chunk[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** A non-negative integer's decimal digits, as `String(n)` gives them. */
  digits(n: number): void {
    // Anything else (and a piece too small for every digit, in tests) as its text.
    if (!Number.isSafeInteger(n) || n < 0 || MAX_DIGITS > this.pieceBytes) {
      this.ascii(String(n));
      return;
    }
    this.room(MAX_DIGITS);
    const { chunk } = this;
    let width = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) width++;
    let at = this.length + width;
    this.length = at;
    let rest = n;
    do {
      chunk[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Any text, as UTF-8 (escaped for XML by the caller). */
  text(text: string): void {
    const most = text.length * MAX_BYTES_PER_UNIT;
    if (most > this.pieceBytes) {
      this.flush();
      this.send(Buffer.from(text));
      return;
    }
    this.room(most);
    this.length += this.chunk.write(text, this.length);
  }

  /** Sends what is held, if anything. */
  flush(): void {
    if (this.length === 0) return;
    this.send(this.chunk.subarray(0, this.length));
    this.chunk = Buffer.allocUnsafe(this.pieceBytes);
    this.length = 0;
  }

  /** Sends the piece on first if `bytes` more would not fit in it. */
  private room(bytes: number): void {
    if (this.length + bytes > this.chunk.length) this.flush();
  }
}
