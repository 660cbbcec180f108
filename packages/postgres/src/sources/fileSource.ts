import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { ndjsonSource, type RecordSource } from "@shuangbaodao/core";
import { RECORD_TABLES } from "../schema/recordTables";

/**
 * A file as a `RecordSource` by its name: `.xlsx` through the Excel
 * adapter's `workbookRecordSource` (places: sheet and row; a cell it cannot
 * read is handed to the core as unreadable, at its sheet and row, like every
 * other problem), anything else as the core's NDJSON
 * (`{"kind":"members","record":{…}}` a line; places: line).
 */
export async function fileSource(path: string): Promise<RecordSource> {
  if (path.toLowerCase().endsWith(".xlsx")) {
    const { workbookRecordSource } = await import("@shuangbaodao/excel");
    return keptKinds(workbookRecordSource(path));
  }
  return ndjsonSource(createReadStream(path), basename(path));
}

/**
 * The source without the records the database does not keep: a workbook
 * also carries 工委's community visits and published findings, which are
 * the city's reports, not a unit's records.
 */
function keptKinds(source: RecordSource): RecordSource {
  return {
    ...source,
    async *batches() {
      for await (const batch of source.batches()) {
        const kept = batch.filter((item) => Object.hasOwn(RECORD_TABLES, item.kind));
        if (kept.length > 0) yield kept;
      }
    },
  };
}
