import type { RecordKind, RecordSource, SourcedRecord, UnreadableRecord } from "./recordSource";
import { UnreadableList } from "./unreadableList";

/** Records handed out per batch. */
const BATCH = 1000;

/**
 * A source over NDJSON text (docs/input-format.md): one JSON object a line,
 * `{"kind":"services","record":{…}}`, in chunks of text or UTF-8 bytes split
 * anywhere. Blank lines are skipped, a byte-order mark at the start and a
 * carriage return before a line feed are allowed. A line that is not such an
 * object is kept as unreadable at its line number (`unreadable()`; past the
 * first thousand only counted), so that it is reported with the other issues
 * rather than stopping the read. Pure: no
 * file or stream of Node's, any async iterable of chunks will do.
 */
export function ndjsonSource(chunks: AsyncIterable<string | Uint8Array>, name: string): RecordSource {
  const problems = new UnreadableList();
  return {
    name,
    unreadable: () => problems.kept,
    omittedUnreadable: () => problems.omitted(),
    async *batches() {
      const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
      let pending = "";
      let line = 0;
      let batch: SourcedRecord[] = [];
      const take = (text: string) => {
        line++;
        const item = parseLine(text, line, name);
        if (item === undefined) return;
        if ("unreadable" in item) problems.add(item);
        else batch.push(item);
      };
      for await (const chunk of chunks) {
        pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
        let start = 0;
        for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
          take(pending.slice(start, end));
          start = end + 1;
        }
        pending = pending.slice(start);
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      pending += decoder.decode();
      if (pending.length > 0) take(pending);
      if (batch.length > 0) yield batch;
    },
  };
}

/** One line as a sourced record, an unreadable one, or nothing for a blank line. */
function parseLine(raw: string, line: number, file: string): SourcedRecord | UnreadableRecord | undefined {
  const text = (line === 1 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw).replace(/\r$/, "");
  if (text.trim() === "") return undefined;
  const place = { file, line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : String(error);
    return malformed(place, `line ${line} is not JSON (${reason})`, `第 ${line} 行不是 JSON（${reason}）`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return malformed(place, `line ${line} is not a JSON object`, `第 ${line} 行不是 JSON 对象`);
  }
  const { kind, record, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (typeof kind !== "string" || record === undefined || extra.length > 0) {
    return malformed(
      place,
      `line ${line} must be {"kind": …, "record": {…}} and nothing else`,
      `第 ${line} 行须为 {"kind": …, "record": {…}}，不能有其他字段`,
    );
  }
  return { kind: kind as RecordKind, record, place };
}

function malformed(place: { file: string; line: number }, message: string, zh: string): UnreadableRecord {
  return { unreadable: { code: "malformed-record", message, zh }, place };
}
