import { RECORD_KINDS, REFERENCES } from "../source/recordRelations";
import type { RecordKind, SourcedRecord } from "../source/recordSource";
import { cleanRecords } from "./cleanRecords";
import type { ConformanceCase, ExpectedIssue } from "./conformanceCase";

type Row = Record<string, unknown>;
type Lists = Record<RecordKind, Row[]>;

const OPTIONS = { edition: "zhengzhou-2019-health-commission", year: 2019 };

/** The dataset's records, kind by kind, as a source hands them out. */
function recordsOf(lists: Partial<Lists>): SourcedRecord[] {
  return RECORD_KINDS.flatMap((kind) => (lists[kind] ?? []).map((record) => ({ kind, record })));
}

/** The clean records with one kind's list changed. */
function changed(kind: RecordKind, change: (list: Row[]) => Row[]): SourcedRecord[] {
  const lists = cleanRecords() as unknown as Lists;
  return recordsOf({ ...lists, [kind]: change(lists[kind]) });
}

function refused(name: string, records: SourcedRecord[], issues: ExpectedIssue[]): ConformanceCase {
  return { name, records, options: OPTIONS, expect: { issues } };
}

function accepted(name: string, records: SourcedRecord[], asOf?: string): ConformanceCase {
  return {
    name,
    records,
    options: { ...OPTIONS, ...(asOf !== undefined && { asOf }) },
    expect: { ok: true },
  };
}

/** A second record of each kind with the first record's ID. */
const duplicates = RECORD_KINDS.map((kind) => {
  const first = (cleanRecords() as unknown as Lists)[kind][0] as Row;
  const index = (cleanRecords() as unknown as Lists)[kind].length;
  // A copy of a record that belongs to no hierarchy loop and names the same records.
  return refused(
    `a duplicate ID in ${kind} is refused at the second record`,
    changed(kind, (list) => [...list, { ...first }]),
    [
      { code: "duplicate-id", kind, index, field: "id" },
      ...(kind === "unitScopes" ? [{ code: "duplicate-value" as const, kind, index, field: "unitId" }] : []),
    ],
  );
});

/** Each reference of each kind made to name nothing, at the first record that has the field. */
const danglingReferences = RECORD_KINDS.flatMap((kind) =>
  (REFERENCES[kind] ?? []).map(({ field }) => {
    const list = (cleanRecords() as unknown as Lists)[kind];
    const found = list.findIndex((record) => record[field] !== undefined);
    const index = found === -1 ? 0 : found;
    return refused(
      `${kind}.${field} naming no record is refused`,
      changed(kind, (rows) => rows.map((row, i) => (i === index ? { ...row, [field]: "nobody" } : row))),
      [{ code: "unknown-reference", kind, index, field }],
    );
  }),
);

/** Text as NFD writes it (é as e and a combining accent); Chinese characters are the same in both forms. */
const nfd = (text: string) => text.normalize("NFD");

/** Every case the conformance kit runs, built from {@link cleanRecords}. */
export const CONFORMANCE_CASES: readonly ConformanceCase[] = [
  accepted("clean records of every kind are accepted", recordsOf(cleanRecords() as unknown as Lists)),
  accepted(
    "clean records as of a day in the year",
    recordsOf(cleanRecords() as unknown as Lists),
    "2019-11-05",
  ),
  ...duplicates,
  ...danglingReferences,
  refused(
    "a unit hierarchy that loops is refused at each unit on the loop",
    changed("units", (list) => list.map((u) => (u.id === "u-wjw" ? { ...u, parentUnitId: "u-cdc" } : u))),
    [
      { code: "reference-cycle", kind: "units", index: 0, field: "parentUnitId" },
      { code: "reference-cycle", kind: "units", index: 1, field: "parentUnitId" },
    ],
  ),
  refused(
    "a misspelt flag is an unknown key, not silently dropped",
    changed("services", (list) => list.map((s, i) => (i === 0 ? { ...s, usedPublicpower: true } : s))),
    [{ code: "unknown-key", kind: "services", index: 0, field: "usedPublicpower" }],
  ),
  refused(
    "a record of a kind the dataset does not have is refused",
    [...recordsOf(cleanRecords() as unknown as Lists), { kind: "service" as RecordKind, record: {} }],
    [{ code: "unknown-kind" }],
  ),
  refused(
    "a day that does not exist is refused, not rolled over",
    changed("services", (list) => list.map((s, i) => (i === 1 ? { ...s, date: "2019-02-30" } : s))),
    [{ code: "invalid-value", kind: "services", index: 1, field: "date" }],
  ),
  refused(
    "a month 13 is refused",
    changed("residences", (list) => list.map((r, i) => (i === 0 ? { ...r, from: "2019-13-01" } : r))),
    [{ code: "invalid-value", kind: "residences", index: 0, field: "from" }],
  ),
  refused(
    "a record that is not an object is refused",
    changed("members", (list) => [...list, "m5" as unknown as Row]),
    [{ code: "invalid-value", kind: "members", index: 4 }],
  ),
  refused(
    "a control character in an ID is refused",
    changed("services", (list) => list.map((s, i) => (i === 0 ? { ...s, id: "s\u00001" } : s))),
    [{ code: "invalid-value", kind: "services", index: 0, field: "id" }],
  ),
  accepted(
    "IDs and names are NFC-normalised: an NFD community ID is the same community",
    changed("residences", (list) =>
      list.map((r) => ({
        ...r,
        communityId: nfd(`${r.communityId}-é`),
        communityName: nfd(`${r.communityName}é`),
      })),
    ).map((sourced) =>
      sourced.kind === "reports" || sourced.kind === "services"
        ? {
            ...sourced,
            record: { ...(sourced.record as Row), communityId: `${(sourced.record as Row).communityId}-é` },
          }
        : sourced,
    ),
  ),
  accepted(
    "the compatibility ideograph U+FA4C is the same as 社 once normalised",
    changed("residences", (list) =>
      list.map((r) => ({ ...r, communityName: String(r.communityName).replace("社", "\uFA4C") })),
    ),
  ),
];
