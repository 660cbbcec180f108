import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { knownUnitsText } from "./knownUnitsText";

const names = new Map([
  ["u-cdc", "郑州市疾病预防控制中心"],
  ["u-hospital", "郑州市第一人民医院"],
]);

describe("knownUnitsText", () => {
  it("lists every unit, with its name, when there are few", () => {
    expect(knownUnitsText("u-nope", ["u-cdc", "u-hospital"], names)).toEqual({
      zh: "u-cdc 郑州市疾病预防控制中心、u-hospital 郑州市第一人民医院",
      en: "u-cdc 郑州市疾病预防控制中心, u-hospital 郑州市第一人民医院",
    });
    expect(knownUnitsText("u-nope", [], names)).toEqual({ zh: "无", en: "none" });
  });

  it("a city's thousand units: ten listed and the count, not a thousand (seen at 100k members)", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `u${String(i).padStart(4, "0")}`);
    const text = knownUnitsText("u-nope", ids, new Map());
    expect(text.zh).toBe(
      "u0000、u0001、u0002、u0003、u0004、u0005、u0006、u0007、u0008、u0009 等，共 1,000 个",
    );
    expect(text.en).toBe(
      "u0000, u0001, u0002, u0003, u0004, u0005, u0006, u0007, u0008, u0009 and others, 1,000 in all",
    );
  });

  it("puts first the units that look like what was typed: another case, or part of the ID or name", () => {
    const ids = Array.from({ length: 30 }, (_, i) => `u${i}`).concat(["U-CDC-2", "u-cdc"]);
    expect(
      knownUnitsText("U-cdc", ids, names).en.startsWith("U-CDC-2, u-cdc 郑州市疾病预防控制中心, u0,"),
    ).toBe(true);
    expect(knownUnitsText("疾病预防", ids, names).zh.startsWith("u-cdc 郑州市疾病预防控制中心、u0、")).toBe(
      true,
    );
  });

  it("never lists more than ten, never a unit twice, and says the total whenever some are left out", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^u[a-z0-9]{1,4}$/), { maxLength: 40 }),
        fc.string(),
        (ids, asked) => {
          const { en } = knownUnitsText(asked, ids, new Map());
          if (ids.length === 0) {
            expect(en).toBe("none");
            return;
          }
          const listed = en.replace(/ and others, .*$/, "").split(", ");
          expect(listed.length).toBe(Math.min(ids.length, 10));
          expect(new Set(listed).size).toBe(listed.length);
          expect(listed.every((id) => ids.includes(id))).toBe(true);
          expect(en.endsWith(` ${ids.length} in all`)).toBe(ids.length > 10);
        },
      ),
    );
  });
});
