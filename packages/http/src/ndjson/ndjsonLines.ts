/** One line of an NDJSON stream: its 1-based number and text, or the fact that it was longer than allowed. */
export type NdjsonLine = { line: number; text: string } | { line: number; tooLong: true };

export interface NdjsonLimits {
  /** Bytes a single line may have. */
  maxLineBytes: number;
  /** Bytes the whole stream may have. */
  maxBytes: number;
}

/** Thrown when the whole stream exceeds `maxBytes`; the lines before it were already handed out. */
export class StreamTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`stream exceeds ${maxBytes} bytes`);
    this.name = "StreamTooLarge";
  }
}

/**
 * The lines of an NDJSON byte stream, as they arrive: reads one chunk at a
 * time, so memory holds at most one line (capped at `maxLineBytes`; a longer
 * line is skipped and reported as such). Blank lines are counted but not
 * handed out.
 */
export async function* ndjsonLines(
  chunks: AsyncIterable<Uint8Array>,
  limits: NdjsonLimits,
): AsyncGenerator<NdjsonLine> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let total = 0;
  let line = 1;
  let pending: string[] = [];
  let pendingBytes = 0;
  let skipping = false;

  function* finish(): Generator<NdjsonLine> {
    if (skipping) yield { line, tooLong: true };
    else {
      const text = pending.join("");
      if (text.trim() !== "") yield { line, text };
    }
    pending = [];
    pendingBytes = 0;
    skipping = false;
    line += 1;
  }

  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > limits.maxBytes) throw new StreamTooLarge(limits.maxBytes);
    let start = 0;
    while (start < chunk.byteLength) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.byteLength : newline;
      if (!skipping) {
        pendingBytes += end - start;
        if (pendingBytes > limits.maxLineBytes) {
          skipping = true;
          pending = [];
        } else pending.push(decoder.decode(chunk.subarray(start, end), { stream: true }));
      }
      if (newline === -1) break;
      if (!skipping) pending.push(decoder.decode());
      yield* finish();
      start = newline + 1;
    }
  }
  if (!skipping) pending.push(decoder.decode());
  yield* finish();
}
