import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { ndjsonSource, type RecordSource } from "@shuangbaodao/core";

/**
 * A file as a `RecordSource` by its name: `.xlsx` through the Excel
 * adapter's streaming reader (places: sheet and row), anything else as the
 * core's NDJSON (`{"kind":"members","record":{…}}` a line; places: line).
 */
export async function fileSource(path: string): Promise<RecordSource> {
  if (path.toLowerCase().endsWith(".xlsx")) {
    const { workbookSource } = await import("./workbookSource");
    return workbookSource(path);
  }
  return ndjsonSource(createReadStream(path), basename(path));
}
