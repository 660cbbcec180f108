import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../collections/compareCodePoints";
import { getEdition } from "../editions/registry";
import { buildVerdict } from "./buildVerdict";

const scope = {
  subject: { kind: "member" as const, id: "m-1" },
  year: 2019,
  edition: getEdition("zhengzhou-2019"),
};
const explanation = { zh: "", en: "" };

/** The record IDs a verdict built from `ids` carries. */
const recordIdsOf = (ids: string[]) =>
  buildVerdict(scope, "M-SERVICE-YEAR", { status: "met", recordIds: ids, explanation }).recordIds;

describe("buildVerdict's record IDs", () => {
  // "😀" (above U+FFFF) sorts after "Ａ" (U+FF21) by code point, before it by UTF-16 unit.
  const ids = ["svc-3", "😀", "svc-1", "Ａ", "svc-3", "svc-10", "svc-2", "svc-1"];
  const expected = [...new Set(ids)].sort(compareCodePoints);

  it("are de-duplicated and in code point order for a short list", () => {
    expect(recordIdsOf(ids)).toEqual(expected);
    expect(expected.indexOf("😀")).toBeGreaterThan(expected.indexOf("Ａ"));
  });

  it("are the same for a list longer than the insertion sort takes", () => {
    const long = [...ids, ...ids, ...ids];
    expect(long.length).toBeGreaterThan(16);
    expect(recordIdsOf(long)).toEqual(expected);
  });

  it("leave the rule's own list as it was", () => {
    const given = [...ids];
    recordIdsOf(given);
    expect(given).toEqual(ids);
  });
});
