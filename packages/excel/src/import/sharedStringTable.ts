import { TextList } from "./textList";

/** How many decoded strings are kept for reuse (a power of two). */
const RECENT = 4096;

/**
 * The workbook's shared strings, kept compact in a `TextList` (every
 * string's UTF-8 bytes in one buffer and where each ends) instead of a
 * JavaScript string each (a 100k-member register has about a million and a
 * half, every distinct ID and name). A string is decoded when a cell asks for it; the last few thousand
 * asked for are kept, so the rows of one member (or one community) share one
 * copy of their IDs.
 */
export class SharedStringTable {
  private readonly texts = new TextList();
  /** Recently decoded strings, each in the slot its index falls on (a direct-mapped cache: one lookup, no bookkeeping). */
  private readonly recentIndex = new Int32Array(RECENT).fill(-1);
  private readonly recentText: string[] = new Array(RECENT).fill("");

  get size(): number {
    return this.texts.size;
  }

  /** Bytes held: the strings' UTF-8 and their ends. */
  get byteLength(): number {
    return this.texts.byteLength;
  }

  add(text: string): void {
    this.texts.push(text);
  }

  /** The string at `index`, or `undefined` past the end (a cell pointing nowhere). */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.texts.size)) return undefined;
    const slot = index & (RECENT - 1);
    if (this.recentIndex[slot] === index) return this.recentText[slot];
    const text = this.texts.get(index) as string;
    this.recentIndex[slot] = index;
    this.recentText[slot] = text;
    return text;
  }
}
