import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestOption, optionProblem } from "./optionProblem";

const KNOWN = ["year", "edition", "as-of", "out", "json", "force", "lang"];

describe("closestOption", () => {
  it("finds the option a one-letter slip was meant to be", () => {
    expect(closestOption("--yaer", KNOWN)).toBe("--year");
    expect(closestOption("--editon", KNOWN)).toBe("--edition");
    expect(closestOption("--frobnicate", KNOWN)).toBeUndefined();
  });

  it("a known option is always its own closest", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN), (name) => closestOption(`--${name}`, KNOWN) === `--${name}`),
    );
  });
});

describe("optionProblem", () => {
  it("says a switch takes no value", () => {
    expect(
      optionProblem(
        { code: "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", message: "Option '--json' does not take an argument" },
        KNOWN,
      ),
    ).toEqual({ zh: "选项 --json 是开关，不带值", en: "option --json is a switch and takes no value" });
  });
});
