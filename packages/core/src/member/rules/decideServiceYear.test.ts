import { describe, expect, it } from "vitest";
import { HOME, memberRecords, OTHER, serviceOn } from "../testing/memberRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

// ZZ47-BD 二(二): "每名党员每年参与居住地社区的志愿服务不少于 2 次".
describe("M-SERVICE-YEAR", () => {
  it("is met with two services in the residential community and unmet with one", () => {
    const two = memberRecords({ services: [serviceOn("2019-10-12"), serviceOn("2019-11-09")] });
    expect(verdictOf(two, "M-SERVICE-YEAR")).toMatchObject({
      status: "met",
      facts: { counted: 2, required: 2 },
    });
    const one = memberRecords({ services: [serviceOn("2019-10-12")] });
    expect(verdictOf(one, "M-SERVICE-YEAR")).toMatchObject({
      status: "unmet",
      reason: "count-short",
      provisional: false,
    });
  });

  it("is pending on the deadline day itself and unmet from the day after", () => {
    const none = memberRecords({ services: [] });
    expect(verdictOf(none, "M-SERVICE-YEAR", { asOf: "2019-12-31" })).toMatchObject({
      status: "pending",
      facts: { shortfall: 2 },
    });
    expect(verdictOf(none, "M-SERVICE-YEAR", { asOf: "2020-01-01" })).toMatchObject({
      status: "unmet",
      reason: "count-short",
      provisional: false,
      facts: { shortfall: 2 },
    });
  });

  it("counts a service at 12-31 23:30 Shanghai time for that year, and 00:30 on 01-01 for the next", () => {
    const lastMinute = memberRecords({
      services: [serviceOn("2019-10-12"), serviceOn("2019-12-31T15:30:00Z", "eve")],
    });
    expect(verdictOf(lastMinute, "M-SERVICE-YEAR").status).toBe("met");
    const newYear = memberRecords({
      services: [serviceOn("2019-10-12"), serviceOn("2019-12-31T16:30:00Z", "ny")],
    });
    expect(verdictOf(newYear, "M-SERVICE-YEAR").facts.counted).toBe(1);
    expect(verdictOf(newYear, "M-SERVICE-YEAR", { year: 2020 }).facts.counted).toBe(1);
  });

  // RULES.md, "Not yet due is pending": "it is never `unmet` while the deadline
  // has not passed, even when a count is short that day".
  it("is pending while the year is open, with how many more services, where and by when", () => {
    const one = memberRecords({ services: [serviceOn("2019-10-12")] });
    const verdict = verdictOf(one, "M-SERVICE-YEAR", { asOf: "2019-11-30" });
    expect(verdict).toMatchObject({
      status: "pending",
      reason: "not-yet-due",
      provisional: true,
      due: "2019-12-31",
      facts: { counted: 1, required: 2, shortfall: 1 },
    });
    expect(verdict.fix).toEqual({
      by: "2019-12-31",
      zh: "2019-12-31 前在金水区丰庆路社区再参加 1 次志愿服务",
      en: "1 more service(s) in 金水区丰庆路社区 by 2019-12-31",
    });
  });

  it("does not count service elsewhere, with public power or with unit resources, and lists each", () => {
    const records = memberRecords({
      services: [
        serviceOn("2019-10-12"),
        serviceOn("2019-10-13", "elsewhere", { communityId: OTHER.communityId }),
        serviceOn("2019-10-14", "power", { usedPublicPower: true }),
        serviceOn("2019-10-15", "resources", { usedUnitResources: true }),
      ],
    });
    const verdict = verdictOf(records, "M-SERVICE-YEAR");
    expect(verdict).toMatchObject({ status: "unmet", facts: { counted: 1, servicesInYear: 4 } });
    expect(verdict.excluded.map((e) => [e.recordId, e.reason])).toEqual([
      ["elsewhere", "not-residence-community"],
      ["power", "used-public-power"],
      ["resources", "used-unit-resources"],
    ]);
  });

  it("follows the residence history: after a move only the new community counts", () => {
    const records = memberRecords({
      residences: [
        { id: "r1", memberId: "m1", ...HOME, from: "2015-01-01" },
        { id: "r2", memberId: "m1", ...OTHER, from: "2019-11-01" },
      ],
      services: [
        serviceOn("2019-10-20"),
        serviceOn("2019-11-20", "old-after-move"),
        serviceOn("2019-11-21", "new", { communityId: OTHER.communityId }),
      ],
    });
    const verdict = verdictOf(records, "M-SERVICE-YEAR");
    expect(verdict.recordIds).toEqual(["new", "svc-2019-10-20"]);
    expect(verdict.excluded.map((e) => e.recordId)).toEqual(["old-after-move"]);
  });

  it("does not pro-rate for a member who comes into scope mid-year", () => {
    const records = memberRecords({
      member: { inScopeFrom: "2020-11-01" },
      services: [serviceOn("2020-11-20")],
    });
    expect(verdictOf(records, "M-SERVICE-YEAR", { year: 2020 })).toMatchObject({
      status: "unmet",
      facts: { required: 2 },
    });
  });
});
