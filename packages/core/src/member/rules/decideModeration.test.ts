import { describe, expect, it } from "vitest";
import { memberRecords, serviceOn } from "../testing/memberRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

// ZZ47-BD 一(二): "以普通党员和个人身份……原则上不得行使公权力、不使用单位资源".
describe("M-MODERATION", () => {
  it("lists service that used public power or unit resources", () => {
    const records = memberRecords({
      services: [serviceOn("2019-10-12", "ok"), serviceOn("2019-10-13", "car", { usedUnitResources: true })],
    });
    expect(verdictOf(records, "M-MODERATION")).toMatchObject({
      status: "unmet",
      reason: "used-unit-resources",
      // The verdict rests on every service of the year; the flagged ones are named in the facts.
      recordIds: ["car", "ok"],
      facts: { usedUnitResources: ["car"], usedPublicPower: [] },
    });
  });

  it("is met when all service was done as an ordinary member, and not applicable without service", () => {
    expect(verdictOf(memberRecords({ services: [serviceOn("2019-10-12")] }), "M-MODERATION").status).toBe(
      "met",
    );
    expect(verdictOf(memberRecords(), "M-MODERATION").status).toBe("not-applicable");
  });
});
