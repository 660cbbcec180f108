import { typedArrayOf } from "@shuangbaodao/core";

/** Marks an entry that holds no text (`undefined`), in the high bit of its end. */
const MISSING = 0x8000_0000;
const END = 0x7fff_ffff;

/**
 * Texts appended one after another and read back by index, kept as UTF-8
 * bytes in one buffer with where each ends: a few bytes a text, where a
 * JavaScript string costs a header of its own and a slot to point at it, and
 * millions of them keep the collector busy. At 100k members the import's
 * kept IDs and references were 3 million strings, 130 MB of the read's
 * live heap (docs/performance.md). For texts read back rarely or through a
 * cache: `get` decodes anew each time. The room grown ahead is not given
 * back: past 1 MiB the buffers are mapped (`typedArrayOf`), and room never
 * written is not resident.
 */
export class TextList {
  #bytes: Buffer = Buffer.allocUnsafe(64 * 1024);
  #ends = new Uint32Array(1024);
  #used = 0;
  #count = 0;

  get size(): number {
    return this.#count;
  }

  /** Bytes held: the texts' UTF-8 and their ends. */
  get byteLength(): number {
    return this.#bytes.length + this.#ends.byteLength;
  }

  push(text: string | undefined): void {
    if (text !== undefined) {
      const length = Buffer.byteLength(text);
      if (this.#used + length > END)
        throw new RangeError("TextList 中的文本超过 2 GB / TextList: more than 2 GB of text");
      if (this.#used + length > this.#bytes.length) {
        const grown = bufferOf(Math.max(this.#bytes.length * 2, this.#used + length));
        this.#bytes.copy(grown, 0, 0, this.#used);
        this.#bytes = grown;
      }
      this.#used += this.#bytes.write(text, this.#used, "utf8");
    }
    if (this.#count === this.#ends.length) {
      const grown = typedArrayOf(Uint32Array, this.#ends.length * 2);
      grown.set(this.#ends);
      this.#ends = grown;
    }
    this.#ends[this.#count++] = text === undefined ? this.#used | MISSING : this.#used;
  }

  /** The text at `index`; `undefined` where none was given, and past the end. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.#count)) return undefined;
    const end = this.#ends[index] as number;
    if (end & MISSING) return undefined;
    const start = index === 0 ? 0 : (this.#ends[index - 1] as number) & END;
    return this.#bytes.toString("utf8", start, end);
  }
}

/** A buffer of `length` bytes that the C library gives back once it is freed, when it is large (`typedArrayOf`). */
function bufferOf(length: number): Buffer {
  const bytes = typedArrayOf(Uint8Array, length);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
