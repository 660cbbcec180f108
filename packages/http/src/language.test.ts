import { describe, expect, it } from "vitest";
import { pickLanguage } from "./language";

describe("pickLanguage", () => {
  it("defaults to Chinese", () => {
    expect(pickLanguage(undefined)).toBe("zh");
    expect(pickLanguage("fr-FR, de;q=0.5")).toBe("zh");
  });
  it("takes the highest-weighted of zh and en", () => {
    expect(pickLanguage("en-US,en;q=0.9")).toBe("en");
    expect(pickLanguage("zh-CN;q=0.4, en;q=0.8")).toBe("en");
    expect(pickLanguage("en;q=0.3, zh-Hans")).toBe("zh");
  });
  it("ignores ranges refused with q=0", () => {
    expect(pickLanguage("en;q=0, zh;q=0.1")).toBe("zh");
    expect(pickLanguage("zh;q=0, en")).toBe("en");
  });
});
