import { MemberRecords, type MemberRecordsInput } from "../../model/memberRecords";

/** The community a test member lives in unless a test says otherwise. */
export const HOME = { communityId: "jinshui-fengqing", communityName: "丰庆路社区", district: "金水区" };
export const OTHER = { communityId: "erqi-jiefang", communityName: "解放路社区", district: "二七区" };

type Partial<T> = { [K in keyof T]?: T[K] };

/**
 * A validated `MemberRecords` for tests: member `m1`, living in HOME since
 * 2015, with whatever the test adds. Goes through the real schema, so tests
 * see what callers see.
 */
export function memberRecords(
  overrides: Partial<Omit<MemberRecordsInput, "member">> & {
    member?: Partial<MemberRecordsInput["member"]>;
  } = {},
): MemberRecords {
  const { member, ...rest } = overrides;
  return MemberRecords.parse({
    member: { id: "m1", name: "张三", unitId: "u1", branchId: "b1", inService: true, ...member },
    residences: [{ id: "r1", memberId: "m1", ...HOME, from: "2015-01-01" }],
    ...rest,
  });
}

/** A report to HOME on a date. */
export function reportOn(date: string, id = `rep-${date}`, communityId = HOME.communityId) {
  return { id, memberId: "m1", date, communityId };
}

/** A plain countable service in HOME on a date. */
export function serviceOn(date: string, id = `svc-${date}`, extra: Record<string, unknown> = {}) {
  return { id, memberId: "m1", date, communityId: HOME.communityId, content: "垃圾分类宣传", ...extra };
}

/** A claim of post 5 (垃圾分类督导岗). */
export function claim(postCode = 5, id = `claim-${postCode}`) {
  return { id, memberId: "m1", postCode, date: "2019-10-10" };
}
