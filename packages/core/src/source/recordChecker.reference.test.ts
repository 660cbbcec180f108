import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecordChecker } from "./recordChecker";
import type { RecordKind, SourcePlace } from "./recordSource";
import { MapRecordChecker } from "./testing/mapRecordChecker";

/** Few IDs, so that duplicates, references that resolve and loops are common; wide and odd code units too. */
const id = fc.constantFrom("a", "b", "c", "é", "e\u0301", "中", "a\u0000b", "\ud800", "\u0080", "");
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
/** Sometimes not text at all: a record's field is checked only when it is a string. */
const field = fc.oneof({ weight: 6, arbitrary: id }, { weight: 1, arbitrary: fc.constantFrom(7, null) });

const record = fc.oneof(
  fc.record({ kind: fc.constant("units"), id: field, parentUnitId: maybe(id) }),
  fc.record({ kind: fc.constant("organisations"), id, unitId: maybe(id), parentOrganisationId: maybe(id) }),
  fc.record({
    kind: fc.constant("members"),
    id: field,
    unitId: id,
    branchId: maybe(id),
    attendedEventIds: maybe(fc.array(field, { maxLength: 4 })),
  }),
  fc.record({ kind: fc.constant("communityEvents"), id }),
  fc.record({ kind: fc.constant("attendances"), id, memberId: field, eventId: field }),
  fc.record({ kind: fc.constantFrom("services", "visits", "feedback"), id, memberId: id }),
  fc.record({ kind: fc.constantFrom("unitScopes", "receipts", "streetReports"), id, unitId: field }),
);

/** A stream of records in any order of kinds, some failed, each with a place or none. */
const stream = fc.array(fc.tuple(record, fc.boolean(), fc.option(fc.nat(99), { nil: undefined })), {
  maxLength: 60,
});

describe("RecordChecker keeps its keys compact and still finds what the map-based checker found", () => {
  it("same issues, same order, same texts, over random streams with duplicates, dangling references, loops and repeated attendances", () => {
    fc.assert(
      // A failed record takes an index (as in readSourceInto) or none (as in datasetIssues, which gets only valid ones).
      fc.property(stream, fc.boolean(), fc.boolean(), (items, references, failedTakeIndex) => {
        const compact = new RecordChecker({ references });
        const reference = new MapRecordChecker({ references });
        const counts = new Map<RecordKind, number>();
        for (const [{ kind: kindName, ...fields }, failed, line] of items) {
          const kind = kindName as RecordKind;
          const place: SourcePlace | undefined = line === undefined ? undefined : { line };
          const index = counts.get(kind) ?? 0;
          if (failed) {
            compact.addFailed(kind, fields);
            reference.addFailed(kind, fields);
            if (failedTakeIndex) counts.set(kind, index + 1);
            continue;
          }
          counts.set(kind, index + 1);
          compact.add(kind, index, fields, place);
          reference.add(kind, index, fields, place);
        }
        expect(compact.issues()).toEqual(reference.issues());
      }),
      { numRuns: 2_000 },
    );
  });

  it("a repeated attendance names where it was first given, in a member's list or as a record", () => {
    const checker = new RecordChecker();
    checker.add("members", 0, { id: "m1", attendedEventIds: ["e1"] });
    checker.add("members", 1, { id: "m2", attendedEventIds: ["e2", "e2"] });
    checker.add("communityEvents", 0, { id: "e1" });
    checker.add("communityEvents", 1, { id: "e2" });
    checker.add("attendances", 0, { id: "a1", memberId: "m3", eventId: "e1" });
    checker.add("attendances", 1, { id: "a2", memberId: "m3", eventId: "e1" });
    checker.add("attendances", 2, { id: "a3", memberId: "m1", eventId: "e1" });
    expect(checker.issues().map((issue) => [issue.kind, issue.index, issue.field, issue.message])).toEqual([
      [
        "members",
        1,
        "attendedEventIds.1",
        `member "m2"'s attendance at event "e2" is given twice (first at members[1].attendedEventIds[0])`,
      ],
      ["attendances", 0, "memberId", `names unknown member "m3"`],
      ["attendances", 1, "memberId", `names unknown member "m3"`],
      [
        "attendances",
        2,
        "eventId",
        `member "m1"'s attendance at event "e1" is given twice (first at members[0].attendedEventIds[0])`,
      ],
    ]);
  });
});
