import { verdictDigest } from "@shuangbaodao/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleSourcedRecords } from "../../test/exampleSource";
import { contentSha256 } from "./contentSha256";

describe("contentSha256", () => {
  it("is the core's verdictDigest of every record of the bundled example", () => {
    for (const { record } of exampleSourcedRecords())
      expect(contentSha256(record)).toBe(verdictDigest(record));
  });

  it("is the core's verdictDigest of any JSON value (text beyond the BMP included)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: "binary" }), (value) => {
        expect(contentSha256(value)).toBe(verdictDigest(value));
      }),
    );
  });
});
