import { describe, expect, it } from "vitest";
import { cleanRecords } from "../conformance/cleanRecords";
import { InputError, ISSUES_KEPT } from "../model/validate";
import { arraySource } from "./arraySource";
import { readSource } from "./readSource";
import { readSourceInto } from "./readSourceInto";
import type { RecordKind } from "./recordSource";

const member = { id: "m1", name: "张三", unitId: "u1", branchId: "b1", inService: true };
const service = { id: "s1", memberId: "m1", date: "2019-11-02", communityId: "c1", content: "巡逻" };

describe("readSourceInto: the shared checks with each record handed on, not kept", () => {
  it("hands every validated record to the sink with its kind and index, as readSource keeps them", async () => {
    const seen: [RecordKind, unknown, number][] = [];
    await readSourceInto(arraySource(cleanRecords(), "x"), (kind, record, index) => {
      seen.push([kind, record, index]);
    });
    const dataset = await readSource(arraySource(cleanRecords(), "x"));
    const expected = Object.entries(dataset).flatMap(([kind, records]) =>
      (records as unknown[]).map((record, index) => [kind, record, index]),
    );
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toStrictEqual(expected);
  });

  it("refuses with the same issues, in the same order, as readSource", async () => {
    const bad = {
      units: [{ id: "u1", name: "单位" }],
      members: [member, { ...member, unitId: "u9" }],
      services: [service, { ...service, date: "2019-02-30" }, { ...service, id: "s3", memberId: "m9" }],
    };
    const issuesOf = (read: Promise<unknown>) =>
      read.then(
        () => [],
        (error: unknown) => (error instanceof InputError ? error.issues : Promise.reject(error)),
      );
    const streamed = await issuesOf(readSourceInto(arraySource(bad, "x"), () => {}));
    expect(streamed.map((issue) => issue.path)).toEqual([
      "services[1].date",
      "members[1].id",
      "members[1].unitId",
      "services[2].memberId",
    ]);
    expect(streamed).toStrictEqual(await issuesOf(readSource(arraySource(bad, "x"))));
  });

  it("quotes the value at fault in each issue, so an adapter need not keep the records to say it", async () => {
    const bad = {
      units: [
        { id: "u1", name: "单位" },
        { id: "u2", name: "单位二", parentUnitId: "u3" },
        { id: "u3", name: "单位三", parentUnitId: "u2" },
      ],
      members: [member, { ...member, unitId: "u9" }, { ...member, id: "m2", name: 7 }],
      services: [service, { ...service, id: "s2", date: "2019-02-30" }],
    };
    const issues = await readSourceInto(arraySource(bad, "x"), () => {}).then(
      () => [],
      (error: unknown) => (error instanceof InputError ? error.issues : Promise.reject(error)),
    );
    const quoted = Object.fromEntries(issues.map((issue) => [issue.path, issue.value]));
    expect(quoted).toEqual({
      "units[1].parentUnitId": "u3",
      "units[2].parentUnitId": "u2",
      "members[1].id": "m1",
      "members[1].unitId": "u9",
      // A value that is not text is not quoted: the message says what it was.
      "members[2].name": undefined,
      "services[1].date": "2019-02-30",
    });
  });

  it("refuses a source with hundreds of thousands of issues as an InputError, not a stack overflow", async () => {
    // Regression: a workbook with a bad date in each of 478,200 rows made "Maximum call stack size
    // exceeded" (the issues were spread into push/unshift as arguments), said as an internal error.
    const rows = 300_000;
    const members = 150_000;
    const source = {
      name: "large.xlsx",
      async *batches() {
        for (let start = 0; start < members; start += 5_000)
          yield Array.from({ length: 5_000 }, (_, i) => ({
            kind: "members" as const,
            record: { ...member, id: `m${start + i}`, unitId: "u-none" },
          }));
      },
      unreadable: () =>
        Array.from({ length: rows }, (_, i) => ({
          unreadable: { message: "not a date", zh: "不是日期", code: "malformed-record" as const },
          place: { file: "large.xlsx", sheet: "服务", row: i + 3 },
        })),
    };
    const error = await readSourceInto(source, () => {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InputError);
    const { issues, omitted, issueCount } = error as InputError;
    // Every unreadable row first, then each member's reference to the unit that is not there:
    // the first ISSUES_KEPT whole, the rest counted by code, kind, field and sheet.
    expect(issues).toHaveLength(ISSUES_KEPT);
    expect(issues.every((issue) => issue.message === "not a date")).toBe(true);
    expect(issueCount).toBeGreaterThanOrEqual(rows + members);
    expect(omitted).toContainEqual({ code: "malformed-record", sheet: "服务", count: rows - ISSUES_KEPT });
    expect(omitted).toContainEqual(
      expect.objectContaining({
        code: "unknown-reference",
        kind: "members",
        field: "unitId",
        count: members,
      }),
    );
  }, 60_000);

  it("keeps the first issues whole and counts the rest, whichever check found them", async () => {
    // Schema issues while reading, then the checks across records: 1,500 bad dates and 600 unknown units.
    const source = {
      name: "x",
      async *batches() {
        yield Array.from({ length: 1_500 }, (_, i) => ({
          kind: "members" as const,
          record: { id: `bad${i}`, unitId: "u1", inService: true, inScopeFrom: "2019-02-30" },
          place: { sheet: "党员", row: i + 2 },
        }));
        yield Array.from({ length: 600 }, (_, i) => ({
          kind: "members" as const,
          record: { id: `m${i}`, unitId: "u-none", inService: true },
        }));
      },
    };
    const error = (await readSourceInto(source, () => {}).catch((thrown: unknown) => thrown)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.issues).toHaveLength(ISSUES_KEPT);
    expect(error.issues.map((issue) => issue.index)).toStrictEqual(
      Array.from({ length: ISSUES_KEPT }, (_, i) => i),
    );
    expect(error.issueCount).toBe(2_100);
    expect(error.omitted).toStrictEqual([
      { code: "unknown-reference", kind: "members", field: "unitId", count: 600 },
      { code: "invalid-value", kind: "members", field: "inScopeFrom", sheet: "党员", count: 500 },
    ]);
    expect(error.message).toMatch(/… and 2000 more$/);
  });
});
