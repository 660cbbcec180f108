import { describe, expect, it } from "vitest";
import { defineEdition } from "../../editions/defineEdition";
import { claim, memberRecords } from "../testing/memberRecordsBuilder";
import { CITY, verdictOf } from "../testing/verdictOf";

// ZZ47-BD 二(二): "每名党员要主动认领 1 个以上志愿服务岗位".
describe("M-CLAIM-POST", () => {
  it("is met with one claimed post and unmet with none", () => {
    const met = verdictOf(memberRecords({ postClaims: [claim(8)] }), "M-CLAIM-POST");
    expect(met).toMatchObject({
      status: "met",
      facts: { claimedPostCodes: [8], required: 1 },
      recordIds: ["claim-8"],
    });
    const unmet = verdictOf(memberRecords(), "M-CLAIM-POST");
    expect(unmet).toMatchObject({ status: "unmet", reason: "count-short" });
    expect(unmet.fix).toBeUndefined();
    expect(verdictOf(memberRecords(), "M-CLAIM-POST", { asOf: "2019-11-01" }).fix).toMatchObject({
      by: "2019-12-31",
    });
  });

  it("counts distinct posts, and only claims made by the as-of date", () => {
    const strict = defineEdition({
      ...CITY,
      id: "two-posts",
      parameters: { ...CITY.parameters, member: { ...CITY.parameters.member, postsToClaim: 2 } },
    });
    const twice = memberRecords({ postClaims: [claim(5, "a"), claim(5, "b")] });
    expect(verdictOf(twice, "M-CLAIM-POST", { edition: strict }).status).toBe("unmet");
    expect(
      verdictOf(
        memberRecords({
          postClaims: [claim(5), claim(15, "c15")].map((c) =>
            c.postCode === 15 ? { ...c, otherText: "图书角" } : c,
          ),
        }),
        "M-CLAIM-POST",
        { edition: strict },
      ).status,
    ).toBe("met");
    expect(
      verdictOf(memberRecords({ postClaims: [claim(5)] }), "M-CLAIM-POST", { asOf: "2019-10-09" }).status,
    ).toBe("unmet");
  });
});
