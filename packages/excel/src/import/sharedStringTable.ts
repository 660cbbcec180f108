/** How many decoded strings are kept for reuse (a power of two). */
const RECENT = 4096;

/**
 * The workbook's shared strings, kept compact: every string's UTF-8 bytes in
 * one buffer and where each ends, instead of a JavaScript string each (a
 * 100k-member register has about a million and a half, every distinct ID and
 * name). A string is decoded when a cell asks for it; the last few thousand
 * asked for are kept, so the rows of one member (or one community) share one
 * copy of their IDs.
 */
export class SharedStringTable {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private ends = new Uint32Array(1024);
  private used = 0;
  private count = 0;
  /** Recently decoded strings, each in the slot its index falls on (a direct-mapped cache: one lookup, no bookkeeping). */
  private readonly recentIndex = new Int32Array(RECENT).fill(-1);
  private readonly recentText: string[] = new Array(RECENT).fill("");

  get size(): number {
    return this.count;
  }

  /** Bytes held: the strings' UTF-8 and their ends. */
  get byteLength(): number {
    return this.bytes.length + this.ends.byteLength;
  }

  add(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.used += this.bytes.write(text, this.used, "utf8");
    this.ends[this.count++] = this.used;
  }

  /** Gives back the room grown ahead, once every string is in. */
  trim(): void {
    this.bytes = Buffer.from(this.bytes.subarray(0, this.used));
    this.ends = this.ends.slice(0, this.count);
  }

  /** The string at `index`, or `undefined` past the end (a cell pointing nowhere). */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const slot = index & (RECENT - 1);
    if (this.recentIndex[slot] === index) return this.recentText[slot];
    const text = this.bytes.toString("utf8", index === 0 ? 0 : this.ends[index - 1], this.ends[index]);
    this.recentIndex[slot] = index;
    this.recentText[slot] = text;
    return text;
  }
}
