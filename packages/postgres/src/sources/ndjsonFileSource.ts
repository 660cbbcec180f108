import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import type { RecordKind, RecordSource, SourcedRecord } from "@shuangbaodao/core";
import { ImportRejected } from "../import/importRejected";

/**
 * An NDJSON file as a `RecordSource`: one `{"kind": "members", "record": {…}}`
 * per line, blank lines allowed, each record placed at its file and line. A
 * line that is not such an object ends the source with an `ImportRejected`
 * naming the line; the records themselves are checked by the core.
 */
export function ndjsonFileSource(path: string): RecordSource {
  const file = basename(path);
  return {
    name: file,
    async *batches() {
      const lines = createInterface({
        input: createReadStream(path, "utf8"),
        crlfDelay: Number.POSITIVE_INFINITY,
      });
      let batch: SourcedRecord[] = [];
      let line = 0;
      for await (const text of lines) {
        line += 1;
        if (text.trim() === "") continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          throw new ImportRejected(file, [
            {
              place: { file, line },
              field: "",
              zh: `不是有效的 JSON（${(error as Error).message}）`,
              en: `not valid JSON (${(error as Error).message})`,
            },
          ]);
        }
        const { kind, record } = (value ?? {}) as { kind?: unknown; record?: unknown };
        if (typeof kind !== "string" || record === undefined) {
          throw new ImportRejected(file, [
            {
              place: { file, line },
              field: "",
              zh: '每行应为 {"kind": 记录种类, "record": {…}}',
              en: 'each line must be {"kind": kind of record, "record": {…}}',
            },
          ]);
        }
        batch.push({ kind: kind as RecordKind, record, place: { file, line } });
        if (batch.length >= 1000) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}

/** A file as a source by its name: `.xlsx` through the Excel adapter, anything else as NDJSON. */
export async function fileSource(path: string): Promise<RecordSource> {
  if (path.toLowerCase().endsWith(".xlsx")) {
    const { workbookSource } = await import("./workbookSource");
    return workbookSource(path);
  }
  return ndjsonFileSource(path);
}
