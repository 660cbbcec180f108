import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { COMMUNITY, STREET, unitRecords } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

const designation = (date: string, communityId = COMMUNITY.communityId, id = "des1") => ({
  id,
  unitId: "u1",
  streetId: STREET.streetId,
  communityId,
  date,
});
const pairing = (agreementDate: string, communityId = COMMUNITY.communityId, id = "pair1") => ({
  id,
  unitId: "u1",
  communityId,
  agreementDate,
});

describe("U-PAIR-COMMUNITY (ZZ47-GJ 一、二: 签订共建协议……再与社区党组织沟通联系，正式开展结对共建)", () => {
  it("is met for an agreement with the designated community on or after the designation", () => {
    const v = verdictOf(
      assess(unitRecords({ designations: [designation("2019-10-10")], pairings: [pairing("2019-10-10")] })),
      "U-PAIR-COMMUNITY",
    );
    expect(v.status).toBe("met");
    expect(v.recordIds).toEqual(["des1", "pair1"]);
    expect(v.facts).toMatchObject({ agreementDate: "2019-10-10", designationDate: "2019-10-10" });
    expect(v.citations.map((c) => c.text)).toEqual(["ZZ47-GJ 一、二"]);
  });

  it("is unmet when the agreement predates the designation", () => {
    const v = verdictOf(
      assess(unitRecords({ designations: [designation("2019-10-10")], pairings: [pairing("2019-10-09")] })),
      "U-PAIR-COMMUNITY",
    );
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("before-designation");
    expect(v.excluded[0]?.recordId).toBe("pair1");
  });

  it("does not count a pairing with a community the street did not designate", () => {
    const v = verdictOf(
      assess(
        unitRecords({
          designations: [designation("2019-10-10")],
          pairings: [pairing("2019-10-12", "other-community")],
        }),
      ),
      "U-PAIR-COMMUNITY",
    );
    expect(v.reason).toBe("not-designated-community");
  });

  it("is unmet with no designation on record at all", () => {
    const v = verdictOf(assess(unitRecords({ pairings: [pairing("2019-10-12")] })), "U-PAIR-COMMUNITY");
    expect(v.reason).toBe("no-designation");
  });

  it("is met by a later valid agreement even after an invalid one", () => {
    const v = verdictOf(
      assess(
        unitRecords({
          designations: [designation("2019-10-10")],
          pairings: [pairing("2019-10-01", COMMUNITY.communityId, "early"), pairing("2019-10-20")],
        }),
      ),
      "U-PAIR-COMMUNITY",
    );
    expect(v.status).toBe("met");
    expect(v.facts.agreementDate).toBe("2019-10-20");
    expect(v.excluded.map((e) => e.recordId)).toEqual(["early"]);
  });

  it("is missing at year end with no agreement, pending before", () => {
    expect(
      verdictOf(assess(unitRecords({ designations: [designation("2019-10-10")] })), "U-PAIR-COMMUNITY")
        .reason,
    ).toBe("missing");
    const open = verdictOf(
      assess(unitRecords({ designations: [designation("2019-10-10")] }), { asOf: "2019-12-31" }),
      "U-PAIR-COMMUNITY",
    );
    expect(open.status).toBe("pending");
    expect(open.fix?.by).toBe("2019-12-31");
  });
});
