import { describe, expect, it } from "vitest";
import { AuditDataset } from "../audit/auditDataset";
import { getEdition } from "../editions/registry";
import { assessMember } from "../member/assessMember";
import { communitiesWithMembers } from "../sampling/communitiesWithMembers";
import { Member } from "./member";
import { MemberRecords } from "./memberRecords";
import { InputError, validate } from "./validate";

const HC = getEdition("zhengzhou-2019-health-commission");
const member = { id: "m1", name: "王芳", unitId: "u1", branchId: "b1", inService: true };
const home = { communityId: "c1", communityName: "丰庆路社区", district: "金水区" };

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("issues carry a stable code and Chinese beside English", () => {
  it("a field's own problem is invalid-value, in both languages", () => {
    const error = refusal(() => validate(Member, { ...member, name: " ", inService: "yes" }));
    expect(error.issues).toEqual([
      expect.objectContaining({ path: "name", code: "invalid-value", zh: "不能为空" }),
      expect.objectContaining({
        path: "inService",
        code: "invalid-value",
        zh: "类型不对，应为是/否（true/false）",
      }),
    ]);
  });

  it("a dataset's issue names the record's kind, index and field", () => {
    const error = refusal(() =>
      validate(AuditDataset, {
        units: [{ id: "u1", name: "单位" }],
        members: [member, { ...member, id: "m2", unitId: "u2" }],
      }),
    );
    expect(error.issues).toEqual([
      {
        path: "members[1].unitId",
        code: "unknown-reference",
        message: 'names unknown unit "u2"',
        zh: '所指单位 "u2" 不存在',
        kind: "members",
        index: 1,
        field: "unitId",
      },
    ]);
  });
});

describe("unknown keys are refused, naming the closest known key (issue 10.5)", () => {
  const bundle = {
    member,
    residences: [{ id: "r1", memberId: "m1", ...home, from: "2015-01-01" }],
    reports: [{ id: "rep1", memberId: "m1", date: "2019-10-20", communityId: "c1" }],
    services: [
      {
        id: "s1",
        memberId: "m1",
        date: "2019-11-02",
        communityId: "c1",
        content: "义诊",
        usedPublicpower: true,
      },
      { id: "s2", memberId: "m1", date: "2019-11-09", communityId: "c1", content: "义诊" },
    ],
  };

  it("a misspelt usedPublicPower is refused rather than read as false", () => {
    const error = refusal(() => validate(MemberRecords, bundle));
    expect(error.issues).toEqual([
      {
        path: "services[0].usedPublicpower",
        code: "unknown-key",
        message: 'unknown field "usedPublicpower" (did you mean `usedPublicPower`?)',
        zh: '未知字段 "usedPublicpower"（是否应为 usedPublicPower？）',
        kind: "services",
        index: 0,
        field: "usedPublicpower",
      },
    ]);
  });

  it("with the spelling right, the flagged service does not count and M-MODERATION is unmet", () => {
    const fixed = {
      ...bundle,
      services: bundle.services.map(({ usedPublicpower, ...s }) => ({
        ...s,
        usedPublicPower: usedPublicpower ?? false,
      })),
    };
    const verdicts = assessMember(validate(MemberRecords, fixed), HC, { year: 2019 }).verdicts;
    expect(verdicts.find((v) => v.ruleId === "M-MODERATION")?.status).toBe("unmet");
    expect(verdicts.find((v) => v.ruleId === "M-SERVICE-YEAR")?.status).toBe("unmet");
  });

  it("the opt-in unknownKeys: strip lets extra fields through, and drops them", () => {
    const extra = { ...member, employeeNumber: "E-1", hrSystem: { id: 7 } };
    expect(validate(Member, extra, { unknownKeys: "strip", source: "hr.json" })).toEqual({
      ...member,
      cadreCandidateYears: [],
    });
    expect(refusal(() => validate(Member, extra, "hr.json")).issues.map((i) => i.code)).toEqual([
      "unknown-key",
      "unknown-key",
    ]);
  });

  it("suggests nothing for a key like no known one", () => {
    expect(refusal(() => validate(Member, { ...member, zzz: 1 })).issues[0]?.message).toBe(
      'unknown field "zzz"',
    );
  });
});

describe("messages quote at most 80 characters of a value (issue 10.7)", () => {
  it("a 1 MB ID in 20 records makes a short message", () => {
    const id = "u".repeat(1 << 20);
    const units = Array.from({ length: 20 }, () => ({ id, name: "单位" }));
    const error = refusal(() => validate(AuditDataset, { units, members: [{ ...member, unitId: id }] }));
    expect(error.message.length).toBeLessThan(20_000);
    expect(error.issues.find((i) => i.code === "duplicate-id")?.message).toBe(
      `duplicate id "${"u".repeat(80)}"… (1048576 characters) in units (first at units[0])`,
    );
  });

  it("a 10 MB ID in 60 records does not break the error's constructor", () => {
    const id = "x".repeat(10 << 20);
    const members = Array.from({ length: 60 }, () => ({ ...member, id, unitId: id }));
    const error = refusal(() => validate(AuditDataset, { units: [{ id: "u1", name: "单位" }], members }));
    expect(error.issues.length).toBeGreaterThanOrEqual(60);
    expect(error.message.length).toBeLessThan(50_000);
  });
});

describe("IDs and names are NFC at the boundary (issue 10.11)", () => {
  const residence = (id: string, memberId: string, communityId: string, district: string) => ({
    id,
    memberId,
    communityId,
    communityName: "社区",
    district,
    from: "2015-01-01",
  });

  it("one district written in NFC and in NFD is one district in the community draw", () => {
    const nfc = "Zhōngyuán";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    const communities = communitiesWithMembers({
      residences: [residence("r1", "m1", "c1", nfc), residence("r2", "m2", "c2", nfd)],
      date: "2019-12-01",
    });
    expect(new Set(communities.map((c) => c.district))).toEqual(new Set([nfc]));
  });

  it("a community ID with the compatibility ideograph U+FA4C is the ID with 社: the report is to the home community", () => {
    const records = validate(MemberRecords, {
      member,
      residences: [residence("r1", "m1", "c-\uFA4C区1", "金水区")],
      reports: [{ id: "rep1", memberId: "m1", date: "2019-10-20", communityId: "c-社区1" }],
    });
    expect(records.residences[0]?.communityId).toBe("c-社区1");
    const report = assessMember(records, HC, { year: 2019 }).verdicts.find((v) => v.ruleId === "M-REPORT");
    expect(report?.status).toBe("met");
  });

  it("control characters and lone surrogates are refused in IDs and names, not in free text", () => {
    for (const bad of ["m\u00001", "m\u001b1", "m\u00851", "m\ud8001"]) {
      expect(refusal(() => validate(Member, { ...member, id: bad })).issues[0]?.code).toBe("invalid-value");
      expect(refusal(() => validate(Member, { ...member, name: `王${bad}` })).issues[0]?.path).toBe("name");
    }
    const note = "第一行\n第二行";
    const feedback = {
      id: "f1",
      memberId: "m1",
      date: "2019-11-01",
      kind: "negative",
      area: "other",
      status: "pending",
      note,
    };
    expect(validate(MemberRecords, { member, feedback: [feedback] }).feedback[0]?.note).toBe(note);
  });
});
