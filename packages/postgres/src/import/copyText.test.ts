import { describe, expect, it } from "vitest";
import { columnText, copyLine } from "./copyText";

describe("COPY text of a record's values", () => {
  it("writes an array as a literal whose elements keep quotes, backslashes, commas and braces", () => {
    expect(columnText(['王"伟', "a\\b", "x,{y}", null], "array")).toBe('{"王\\"伟","a\\\\b","x,{y}",NULL}');
    expect(columnText([2018, 2019], "array")).toBe('{"2018","2019"}');
    expect(columnText([], "array")).toBe("{}");
  });

  it("writes a jsonb column's value as JSON, absent as null, anything else as itself", () => {
    expect(columnText({ kind: "a", hasPicture: true }, "json")).toBe('{"kind":"a","hasPicture":true}');
    expect(columnText(undefined, "scalar")).toBeNull();
    expect(columnText(null, "json")).toBeNull();
    expect(columnText(false, "scalar")).toBe(false);
    expect(columnText(7, "scalar")).toBe(7);
  });

  it("escapes tab, newline, carriage return and backslash, and writes null as \\N", () => {
    expect(copyLine(["a\tb\nc\rd\\e", null, 3, false])).toBe("a\\tb\\nc\\rd\\\\e\t\\N\t3\tfalse\n");
  });
});
