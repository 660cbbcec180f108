import { describe, expect, it } from "vitest";
import { RULES } from "../rules/ruleCatalogue";
import { SAMPLING_ALGORITHM } from "../sampling/algorithm";
import { EDITIONS, getEdition } from "./registry";

// ES modules are strict: writing to a frozen object throws instead of failing silently.
describe("shipped editions and shared tables cannot be changed at run time", () => {
  it("an edition's parameters are frozen: the write throws and changes nothing", () => {
    const edition = getEdition("zhengzhou-2019");
    expect(() => {
      (edition.parameters.member as { reportDeadline: string }).reportDeadline = "2030-12-31";
    }).toThrow(TypeError);
    expect(getEdition("zhengzhou-2019").parameters.member.reportDeadline).toBe("2019-10-31");
    expect(() => {
      (edition.parameters.member.negativeFeedbackAreas as string[]).push("其他");
    }).toThrow(TypeError);
    expect(() => {
      (edition as { version: string }).version = "9.9.9";
    }).toThrow(TypeError);
  });

  it("the registry cannot be swapped", () => {
    const city = getEdition("zhengzhou-2019");
    expect(() => (EDITIONS as Map<string, unknown>).set("zhengzhou-2019", { ...city })).toThrow(TypeError);
    expect(() => (EDITIONS as Map<string, unknown>).delete("zhengzhou-2019")).toThrow(TypeError);
    expect(getEdition("zhengzhou-2019")).toBe(city);
  });

  it("the rule catalogue, its citations and the sampling algorithm are frozen", () => {
    expect(() => {
      (RULES["M-REPORT"].citations[0] as { text: string }).text = "ZZ99";
    }).toThrow(TypeError);
    expect(() => {
      (SAMPLING_ALGORITHM as { version: string }).version = "2";
    }).toThrow(TypeError);
  });
});
