import { describe, expect, it } from "vitest";
import { cleanRecords } from "../conformance/cleanRecords";
import { InputError } from "../model/validate";
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
    const { issues } = error as InputError;
    // Every unreadable row first, then each member's reference to the unit that is not there.
    expect(issues.length).toBeGreaterThanOrEqual(rows + members);
    expect(issues[0]?.message).toBe("not a date");
    expect(issues.at(-1)?.message).toMatch(/u-none/);
  }, 60_000);
});
