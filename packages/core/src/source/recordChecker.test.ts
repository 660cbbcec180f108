import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessDataset } from "../audit/assessDataset";
import { AuditDataset, type AuditDatasetInput } from "../audit/auditDataset";
import { getEdition } from "../editions/registry";
import { cases } from "../io-ts/testing/arbitraries";
import { assessMember } from "../member/assessMember";
import { Dataset } from "../model/dataset";
import { MemberRecords } from "../model/memberRecords";
import { InputError, validate } from "../model/validate";
import { RecordChecker } from "./recordChecker";

const HC = getEdition("zhengzhou-2019-health-commission");
const member = { id: "m1", name: "王芳", unitId: "u1", branchId: "b1", inService: true };
const home = { communityId: "c1", communityName: "丰庆路社区", district: "金水区" };
const service = (id: string, date: string) => ({
  id,
  memberId: "m1",
  date,
  communityId: "c1",
  content: "义诊",
});

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("duplicates and dangling references are refused on the member side (issue 10.1)", () => {
  it("two services with one ID are refused, not counted twice for M-SERVICE-YEAR", () => {
    const bundle = {
      member,
      residences: [{ id: "r1", memberId: "m1", ...home, from: "2015-01-01" }],
      services: [service("s1", "2019-11-02"), service("s1", "2019-11-02")],
    };
    expect(issuesOf(() => validate(MemberRecords, bundle))).toEqual([
      { code: "duplicate-id", path: "services[1].id" },
    ]);
    // With distinct IDs, the two services are two.
    const fixed = validate(MemberRecords, {
      ...bundle,
      services: [service("s1", "2019-11-02"), service("s2", "2019-11-02")],
    });
    const verdict = assessMember(fixed, HC, { year: 2019 }).verdicts.find(
      (v) => v.ruleId === "M-SERVICE-YEAR",
    );
    expect(verdict?.recordIds).toEqual(["s1", "s2"]);
  });

  it("two residences with one ID are refused, in a dataset as in a bundle", () => {
    const residences = [
      { id: "r1", memberId: "m1", ...home, from: "2015-01-01" },
      { id: "r1", memberId: "m1", ...home, communityId: "c2", from: "2015-01-01" },
    ];
    expect(
      issuesOf(() =>
        validate(Dataset, { units: [{ id: "u1", name: "单位" }], members: [member], residences }),
      ),
    ).toEqual([{ code: "duplicate-id", path: "residences[1].id" }]);
  });

  it("a member listed twice, a member of an unknown unit and records of unknown members are refused", () => {
    const dataset: AuditDatasetInput = {
      units: [{ id: "u1", name: "单位" }],
      members: [member, member, { ...member, id: "m2", unitId: "u9" }],
      services: [{ ...service("s1", "2019-11-02"), memberId: "m9" }],
      attendances: [{ id: "a1", eventId: "e9", memberId: "m1" }],
      visits: [{ id: "v1", memberId: "m8", date: "2019-12-01", kind: "field-visit" }],
    };
    expect(issuesOf(() => validate(AuditDataset, dataset))).toEqual([
      { code: "duplicate-id", path: "members[1].id" },
      { code: "unknown-reference", path: "members[2].unitId" },
      { code: "unknown-reference", path: "services[0].memberId" },
      { code: "unknown-reference", path: "attendances[0].eventId" },
      { code: "unknown-reference", path: "visits[0].memberId" },
    ]);
  });

  it("attendance as event IDs on the member: each event once, not also as an attendance record, and a known event", () => {
    const event = { id: "e1", communityId: "c1", date: "2019-11-05", kind: "committee-election" as const };
    const bundle = (attendedEventIds: string[], attendances: object[] = []) => ({
      member: { ...member, attendedEventIds },
      communityEvents: [event],
      attendances,
    });
    expect(() => validate(MemberRecords, bundle(["e1"]))).not.toThrow();
    expect(issuesOf(() => validate(MemberRecords, bundle(["e1", "e1"])))).toEqual([
      { code: "duplicate-value", path: "member.attendedEventIds[1]" },
    ]);
    expect(
      issuesOf(() => validate(MemberRecords, bundle(["e1"], [{ id: "a1", eventId: "e1", memberId: "m1" }]))),
    ).toEqual([{ code: "duplicate-value", path: "attendances[0].eventId" }]);
    // In a dataset, in either order of the two forms, and an unknown event is a dangling reference.
    const units = [{ id: "u1", name: "单位" }];
    expect(
      issuesOf(() =>
        validate(Dataset, {
          units,
          members: [{ ...member, attendedEventIds: ["e1", "e9"] }],
          communityEvents: [event],
          attendances: [{ id: "a1", eventId: "e1", memberId: "m1" }],
        }),
      ),
    ).toEqual([
      { code: "unknown-reference", path: "members[0].attendedEventIds[1]" },
      { code: "duplicate-value", path: "attendances[0].eventId" },
    ]);
  });

  it("a member's branch is checked when organisations are given, not when there are none", () => {
    const units = [{ id: "u1", name: "单位" }];
    expect(() => validate(Dataset, { units, members: [member] })).not.toThrow();
    const organisations = [{ id: "b2", unitId: "u1", name: "第二支部", kind: "支部" }];
    expect(issuesOf(() => validate(Dataset, { units, organisations, members: [member] }))).toEqual([
      { code: "unknown-reference", path: "members[0].branchId" },
    ]);
    // A member without a branch names no organisation: nothing to check, with organisations or without.
    const { branchId: _branch, ...withoutBranch } = member;
    expect(() => validate(Dataset, { units, organisations, members: [withoutBranch] })).not.toThrow();
  });

  it("assessDataset with a spot check never throws once the dataset validated", () => {
    fc.assert(
      fc.property(cases.AuditDataset?.valid as fc.Arbitrary<unknown>, (value) => {
        const dataset = validate(AuditDataset, value);
        assessDataset(dataset, HC, {
          year: 2019,
          spotCheck: { seed: "2019-12-01 福彩3D 123", samplingDate: "2019-12-01" },
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe("RecordChecker: fed one record at a time", () => {
  it("reports a reference to a record that comes later only if it never comes", () => {
    const checker = new RecordChecker();
    checker.add("units", 0, { id: "u1", name: "单位" });
    checker.add("services", 0, service("s1", "2019-11-02"), { line: 1 });
    checker.add("services", 1, { ...service("s2", "2019-11-02"), memberId: "m2" }, { line: 2 });
    checker.add("members", 0, member, { line: 3 });
    expect(checker.issues()).toEqual([
      expect.objectContaining({
        code: "unknown-reference",
        kind: "services",
        index: 1,
        field: "memberId",
        place: { line: 2 },
      }),
    ]);
  });

  it("does not report a reference to a record that failed its own checks", () => {
    const checker = new RecordChecker();
    checker.addFailed("members", { id: " m1 ", name: "" });
    checker.add("services", 0, service("s1", "2019-11-02"));
    expect(checker.issues()).toEqual([]);
  });

  it("names each unit on a loop, not those below it", () => {
    const checker = new RecordChecker();
    checker.add("units", 0, { id: "a", parentUnitId: "b" });
    checker.add("units", 1, { id: "b", parentUnitId: "a" });
    checker.add("units", 2, { id: "c", parentUnitId: "a" });
    expect(checker.issues().map((i) => [i.code, i.index])).toEqual([
      ["reference-cycle", 0],
      ["reference-cycle", 1],
    ]);
  });
});

describe("RecordChecker with keep: the first issues in check order whole, the rest counted", () => {
  it("property: keeps exactly the unbounded checker's first `keep` issues and counts every other one", () => {
    // Services and members with duplicate IDs and references to nothing, added in any interleaving of kinds.
    const record = fc.oneof(
      fc.record({
        kind: fc.constant("members" as const),
        id: fc.constantFrom("m1", "m2", "m3"),
        unitId: fc.constantFrom("u1", "u-none"),
        // An event listed twice: a second issue of the same record, found after its duplicate ID but before it in check order.
        attendedEventIds: fc.constantFrom([], ["e1", "e1"]),
      }),
      fc.record({
        kind: fc.constant("services" as const),
        id: fc.constantFrom("s1", "s2", "s3", "s4"),
        memberId: fc.constantFrom("m1", "m2", "m-none"),
      }),
      fc.record({ kind: fc.constant("units" as const), id: fc.constantFrom("u1", "u2") }),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), fc.nat(12), (records, keep) => {
        const all = new RecordChecker();
        const bounded = new RecordChecker({ keep });
        const counts = new Map<string, number>();
        for (const { kind, ...fields } of records) {
          const index = counts.get(kind) ?? 0;
          counts.set(kind, index + 1);
          const place = { sheet: kind, row: index + 2 };
          all.add(kind, index, fields, place);
          bounded.add(kind, index, fields, place);
        }
        const every = all.issues();
        expect(bounded.issues()).toStrictEqual(every.slice(0, keep));
        const omitted = bounded.omitted();
        expect(omitted.reduce((sum, group) => sum + group.count, 0)).toBe(Math.max(0, every.length - keep));
        for (const group of omitted) {
          const matching = every.slice(keep).filter(
            (issue) =>
              issue.code === group.code &&
              issue.kind === group.kind &&
              // Counted without a list item's position.
              issue.field.replace(/\.\d+/g, "") === group.field,
          );
          expect(matching).toHaveLength(group.count);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("holds every issue of a record while one of them is held: a later one may come first in check order", () => {
    // The second m1 has a duplicate ID (found first) and an event listed twice (found after it, but
    // `attendedEventIds.1` comes before `id`): with keep 1, the event is the issue to keep.
    const bounded = new RecordChecker({ keep: 1 });
    bounded.add("units", 0, { id: "u1" });
    bounded.add("communityEvents", 0, { id: "e1" });
    bounded.add("members", 0, { id: "m1", unitId: "u1" });
    bounded.add("members", 1, { id: "m1", unitId: "u1", attendedEventIds: ["e1", "e1"] });
    expect(bounded.issues().map((issue) => [issue.code, issue.field])).toStrictEqual([
      ["duplicate-value", "attendedEventIds.1"],
    ]);
    expect(bounded.omitted()).toStrictEqual([
      { code: "duplicate-id", kind: "members", field: "id", count: 1 },
    ]);
  });
});
