import type { RecordKind, RecordSource, SourcedRecord } from "@shuangbaodao/core";
import { exampleRecords } from "../../../examples/zhengzhou-2019-health-commission/exampleRecords";

/** The bundled example's records, each with the line it would have in an NDJSON file. */
export function exampleSourcedRecords(): SourcedRecord[] {
  const { dataset, unitDataset, visits } = exampleRecords();
  const collections: Record<string, unknown[] | undefined> = { ...dataset, ...unitDataset, visits };
  const records: SourcedRecord[] = [];
  for (const [kind, list] of Object.entries(collections)) {
    for (const record of list ?? []) {
      records.push({
        kind: kind as RecordKind,
        record,
        place: { file: "example.ndjson", line: records.length + 1 },
      });
    }
  }
  return records;
}

/** Records as a source, in batches of 100. */
export function listSource(records: readonly SourcedRecord[], name = "example.ndjson"): RecordSource {
  return {
    name,
    async *batches() {
      for (let i = 0; i < records.length; i += 100) yield records.slice(i, i + 100);
    },
  };
}

/** Every record a source hands out, as `{kind: [records…]}` with each kind's records sorted by ID. */
export async function collect(source: RecordSource): Promise<Record<string, unknown[]>> {
  const byKind: Record<string, { id: string }[]> = {};
  for await (const batch of source.batches()) {
    for (const { kind, record } of batch) {
      const list = byKind[kind] ?? [];
      list.push(record as { id: string });
      byKind[kind] = list;
    }
  }
  for (const list of Object.values(byKind)) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byKind;
}
