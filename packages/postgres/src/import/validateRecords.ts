import { AuditDataset, type RecordKind, type SourcedRecord, type SourcePlace } from "@shuangbaodao/core";
import { RECORD_TABLES } from "../schema/recordTables";
import type { ImportProblem } from "./importRejected";

/** The records of an import as the core parsed them (dates normalised, defaults filled), with their places. */
export type ValidatedRecords = {
  [K in RecordKind]: { record: Record<string, unknown>; place: SourcePlace }[];
};

/**
 * Runs the core's checks over everything an import read, as one dataset:
 * each record against its kind's schema, then across records (unknown units,
 * duplicate IDs, the unit tree). Every problem comes back at the place of its
 * record; the adapter never decides validity in its own words.
 */
export function validateRecords(
  sourced: readonly SourcedRecord[],
): { ok: true; records: ValidatedRecords } | { ok: false; problems: ImportProblem[] } {
  const input: Record<string, unknown[]> = {};
  const places: Record<string, SourcePlace[]> = {};
  const problems: ImportProblem[] = [];
  for (const { kind, record, place = {} } of sourced) {
    if (!Object.hasOwn(RECORD_TABLES, kind)) {
      problems.push({
        place,
        field: "kind",
        zh: `未知的记录种类 ${JSON.stringify(kind).slice(0, 80)}`,
        en: `unknown kind of record ${JSON.stringify(kind).slice(0, 80)}`,
      });
      continue;
    }
    const records = input[kind] ?? [];
    const kindPlaces = places[kind] ?? [];
    records.push(record);
    kindPlaces.push(place);
    input[kind] = records;
    places[kind] = kindPlaces;
  }
  const parsed = AuditDataset.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [kind, index, ...field] = issue.path;
      const place = typeof kind === "string" && typeof index === "number" ? places[kind]?.[index] : undefined;
      problems.push({
        place: place ?? {},
        field: (place ? field : issue.path).map(String).join("."),
        zh: issue.message,
        en: issue.message,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const data = parsed.data as unknown as Record<string, Record<string, unknown>[]>;
  const validated = {} as ValidatedRecords;
  for (const kind of Object.keys(RECORD_TABLES) as RecordKind[]) {
    validated[kind] = (data[kind] ?? []).map((record, index) => ({
      record,
      place: places[kind]?.[index] ?? {},
    }));
  }
  return { ok: true, records: validated };
}
