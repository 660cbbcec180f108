import type { RecordKind, RecordSource, SourcedRecord } from "@shuangbaodao/core";
import { type NdjsonLimits, ndjsonLines, StreamTooLarge } from "../ndjson/ndjsonLines";
import { ApiProblem, type BilingualError } from "../problems/apiProblem";

const BATCH = 256;

/**
 * An uploaded NDJSON body as a `RecordSource`: one `{"kind": "members",
 * "record": {…}}` a line, each record placed at its line. Reading the bytes is
 * this adapter's part: a line that is not JSON, or not such an object, is
 * refused here (an import is all or nothing, so every such line is listed
 * at once); what a record says is checked by the core.
 */
export function ndjsonRecordSource(
  body: AsyncIterable<Uint8Array>,
  limits: NdjsonLimits,
  name = "request body",
): RecordSource {
  return {
    name,
    async *batches() {
      const unreadable: BilingualError[] = [];
      let batch: SourcedRecord[] = [];
      try {
        for await (const item of ndjsonLines(body, limits)) {
          const path = `line ${item.line}`;
          if ("tooLong" in item) {
            unreadable.push({
              path,
              code: "malformed-record",
              message: {
                zh: `超过 ${limits.maxLineBytes} 字节`,
                en: `longer than ${limits.maxLineBytes} bytes`,
              },
            });
            continue;
          }
          const value = parseLine(item.text);
          if (!value) {
            unreadable.push({
              path,
              code: "malformed-record",
              message: {
                zh: '不是形如 {"kind": …, "record": {…}} 的 JSON 对象',
                en: 'not a JSON object of the form {"kind": …, "record": {…}}',
              },
            });
            continue;
          }
          batch.push({
            kind: value.kind as RecordKind,
            record: value.record,
            place: { file: name, line: item.line },
          });
          if (batch.length >= BATCH) {
            yield batch;
            batch = [];
          }
        }
      } catch (error) {
        if (!(error instanceof StreamTooLarge)) throw error;
        throw new ApiProblem("payload-too-large", {
          zh: `上传超过 ${limits.maxBytes} 字节。`,
          en: `The upload exceeds ${limits.maxBytes} bytes.`,
        });
      }
      if (unreadable.length > 0) {
        throw new ApiProblem(
          "invalid-input",
          {
            zh: `上传有 ${unreadable.length} 行无法读取，未写入任何记录。`,
            en: `${unreadable.length} line(s) of the upload cannot be read; nothing was written.`,
          },
          { errors: unreadable },
        );
      }
      if (batch.length > 0) yield batch;
    },
  };
}

function parseLine(text: string): { kind: string; record: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    const { kind, record } = value as { kind?: unknown; record?: unknown };
    return typeof kind === "string" && record !== undefined ? { kind, record } : undefined;
  } catch {
    return undefined;
  }
}
