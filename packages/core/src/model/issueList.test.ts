import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputIssue } from "./inputIssue";
import { IssueList, omittedCount } from "./issueList";
import { InputError } from "./validate";

function issue(i: number, field = "date"): InputIssue {
  return {
    path: `services[${i}].${field}`,
    message: "not a date",
    zh: "不是日期",
    code: "invalid-value",
    kind: "services",
    index: i,
    field,
    place: { file: "x.xlsx", sheet: "志愿服务", row: i + 3 },
  };
}

describe("IssueList: the first issues whole, the rest counted by where they are", () => {
  it("keeps issues up to its limit in the order found and counts the rest by code, kind, field and sheet", () => {
    const list = new IssueList(2);
    for (let i = 0; i < 5; i++) list.add(issue(i));
    list.add({ ...issue(5, "attendedEventIds.3"), kind: "members" });
    list.add({ ...issue(6, "attendedEventIds.7"), kind: "members" });
    list.add({ ...issue(7, "services[12].date"), kind: "members" });
    list.add({ ...issue(8, "services[13].date"), kind: "members" });
    expect(list.kept.map((kept) => kept.index)).toStrictEqual([0, 1]);
    expect(list.total).toBe(9);
    expect(list.omitted()).toStrictEqual([
      { code: "invalid-value", kind: "services", field: "date", sheet: "志愿服务", count: 3 },
      // A list item's position is not part of where it is counted.
      { code: "invalid-value", kind: "members", field: "attendedEventIds", sheet: "志愿服务", count: 2 },
      { code: "invalid-value", kind: "members", field: "services.date", sheet: "志愿服务", count: 2 },
    ]);
  });

  it("adds counts from another list to its own", () => {
    const list = new IssueList(1);
    list.add(issue(0));
    list.addOmitted([
      { code: "invalid-value", kind: "services", field: "date", sheet: "志愿服务", count: 40 },
    ]);
    list.add(issue(1));
    expect(list.total).toBe(42);
    expect(list.omitted()).toStrictEqual([
      { code: "invalid-value", kind: "services", field: "date", sheet: "志愿服务", count: 41 },
    ]);
  });

  it("property: kept are the first issues, and kept plus counted are all of them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(50), fc.constantFrom("date", "memberId", "items.0", "services[3].date")), {
          maxLength: 60,
        }),
        fc.nat(20),
        (found, limit) => {
          const list = new IssueList(limit);
          const issues = found.map(([i, field]) => issue(i, field));
          for (const each of issues) list.add(each);
          expect(list.kept).toStrictEqual(issues.slice(0, limit));
          expect(list.total).toBe(issues.length);
          expect(list.kept.length + omittedCount(list.omitted())).toBe(issues.length);
        },
      ),
    );
  });
});

describe("InputError: bounded however many issues it is given", () => {
  it("keeps the first 1,000 of 2,500 issues whole, counts the rest and says so in its message", () => {
    const error = new InputError(
      "x.xlsx",
      Array.from({ length: 2_500 }, (_, i) => issue(i)),
    );
    expect(error.issues).toHaveLength(1_000);
    expect(error.issues[999]?.index).toBe(999);
    expect(error.issueCount).toBe(2_500);
    expect(error.omitted).toStrictEqual([
      { code: "invalid-value", kind: "services", field: "date", sheet: "志愿服务", count: 1_500 },
    ]);
    expect(error.message.split("\n")).toHaveLength(102);
    expect(error.message).toMatch(/- … and 2400 more$/);
  });

  it("keeps every issue when there are few, with nothing counted", () => {
    const error = new InputError("x", [issue(0), issue(1)]);
    expect(error.issues).toHaveLength(2);
    expect(error.omitted).toStrictEqual([]);
    expect(error.issueCount).toBe(2);
    expect(error.message).not.toMatch(/more/);
  });
});
