import type { DatasetInput } from "@shuangbaodao/core";
import records from "./fixtures/sample-records.json";

/** A small, consistent set of records of every sheet (the LibreOffice fixture holds the same). */
export function sampleRecords(): DatasetInput {
  return structuredClone(records) as DatasetInput;
}
