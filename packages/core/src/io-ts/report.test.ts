import { describe, expect, test } from "vitest";
import { MAX_QUOTED, quote } from "../model/quote";
import { InputError } from "../model/validate";
import { Dataset } from "./dataset";
import { Member } from "./member";
import { MemberRecords } from "./memberRecords";
import { PostClaim } from "./postClaim";
import { decodeOrThrow } from "./report";

const member = { id: "m1", name: "张三", unitId: "u1", branchId: "b1", inService: true };

/** The error, its issues cut to path and message (codes and Chinese are tested in validate.test.ts). */
function thrown(run: () => unknown): { message: string; issues: { path: string; message: string }[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError)
      return { message: error.message, issues: error.issues.map(({ path, message }) => ({ path, message })) };
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("decodeOrThrow", () => {
  test("returns the decoded value", () => {
    expect(decodeOrThrow(Member, { ...member, id: " m1 " })).toEqual({ ...member, cadreCandidateYears: [] });
  });

  test("refuses an unknown key, naming the closest known one, unless asked to strip it", () => {
    expect(thrown(() => decodeOrThrow(Member, { ...member, inservice: true })).issues).toEqual([
      { path: "inservice", message: 'unknown field "inservice" (did you mean `inService`?)' },
    ]);
    expect(decodeOrThrow(Member, { ...member, extra: 1 }, { unknownKeys: "strip" })).toEqual({
      ...member,
      cadreCandidateYears: [],
    });
  });

  test("names the field path of every problem", () => {
    const error = thrown(() =>
      decodeOrThrow(
        Dataset,
        {
          members: [member, { ...member, id: "   ", inService: "yes" }],
          residences: [
            {
              id: "r1",
              memberId: "m1",
              communityId: "c1",
              communityName: "丰庆路社区",
              district: "金水区",
              from: "2019-02-30",
            },
          ],
        },
        "members.json",
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      "members[1].id",
      "members[1].inService",
      "residences[0].from",
    ]);
    expect(error.message).toContain("Invalid members.json:");
    expect(error.message).toContain("- members[1].id: must not be empty");
    expect(error.message).toContain('- members[1].inService: expected boolean, got "yes"');
  });

  test("a missing field and a wrong root are named too", () => {
    const { unitId: _, ...unitless } = member;
    expect(thrown(() => decodeOrThrow(Member, unitless)).issues).toEqual([
      { path: "unitId", message: "required (RecordId)" },
    ]);
    expect(thrown(() => decodeOrThrow(Member, [member])).issues).toEqual([
      { path: "(root)", message: "expected Member, got an array" },
    ]);
  });

  test("cross-field checks point at the field they are about", () => {
    expect(thrown(() => decodeOrThrow(PostClaim, { id: "p", memberId: "m1", postCode: 15 })).issues).toEqual([
      { path: "otherText", message: "post 15 (其他) needs a description of the post" },
    ]);
    const error = thrown(() =>
      decodeOrThrow(MemberRecords, {
        member,
        services: [
          { id: "s1", memberId: " m1 ", date: "2019-11-02", communityId: "c1", content: "巡逻" },
          { id: "s2", memberId: "m2", date: "2019-11-03", communityId: "c1", content: "巡逻" },
        ],
      }),
    );
    expect(error.issues).toEqual([
      { path: "services[1].memberId", message: 'belongs to member "m2", not "m1"' },
    ]);
  });
});

describe("quotes in io-ts messages", () => {
  test("a long string value is quoted up to the same MAX_QUOTED characters as zod's issues, with its length", () => {
    const long = "五".repeat(MAX_QUOTED + 20);
    const [issue] = thrown(() =>
      decodeOrThrow(PostClaim, { id: "p1", memberId: "m1", postCode: long }),
    ).issues;
    expect(issue?.message).toContain(quote(long));
    expect(issue?.message).toContain(`(${MAX_QUOTED + 20} characters)`);
  });
});
