import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseFormulaText, restoreFormulaText } from "./formulaText";

describe("formula-like text (OWASP CSV injection)", () => {
  it("gets a leading apostrophe when it starts like a formula", () => {
    expect(neutraliseFormulaText('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutraliseFormulaText("+cmd")).toBe("'+cmd");
    expect(neutraliseFormulaText("@SUM(1)")).toBe("'@SUM(1)");
    expect(neutraliseFormulaText("\tx")).toBe("'\tx");
    expect(neutraliseFormulaText("王芳")).toBe("王芳");
  });

  it("what is written never starts a formula, and reads back exactly as given", () => {
    const text = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.constantFrom("", "'", "''"), fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string())
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(text, (value) => {
        const written = neutraliseFormulaText(value);
        expect(written).not.toMatch(/^[=+\-@\t\r]/);
        expect(restoreFormulaText(written)).toBe(value);
      }),
    );
  });
});
