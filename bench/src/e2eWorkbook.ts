import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { writeInputWorkbook } from "@shuangbaodao/excel";
import { type MemberPool, memberPool, memberRecordsAt, unitOf } from "./lib/memberData";

/** The member-programme lists a generated workbook fills, in the template's sheet order. */
export const MEMBER_LISTS = [
  "residences",
  "reports",
  "postClaims",
  "services",
  "communityEvents",
  "attendances",
  "feedback",
  "selfReports",
] as const;

/**
 * Members who share the pool's communities. The pool knows a handful of
 * communities; a city has thousands, each with its residents and its events,
 * and every resident is assessed against their community's events. So each
 * run of 100 members lives in communities of their own (`c-jinshui-1~12`), as
 * in a real register: a community's events grow with its residents, not with
 * the city.
 */
const MEMBERS_PER_NEIGHBOURHOOD = 100;

type Bundle = { member: unknown; [list: string]: unknown };

function inNeighbourhood(bundle: Bundle, neighbourhood: number): Bundle {
  const moved: Bundle = { member: bundle.member };
  for (const [list, records] of Object.entries(bundle)) {
    if (list === "member" || !Array.isArray(records)) continue;
    moved[list] = records.map((record) => {
      const { communityId } = record as { communityId?: unknown };
      return typeof communityId === "string"
        ? { ...(record as object), communityId: `${communityId}~${neighbourhood}` }
        : record;
    });
  }
  return moved;
}

/**
 * Writes an input workbook of `members` members, the size an office's real
 * register reaches, for the end-to-end rows and for anyone who wants to
 * reproduce them: the bench's fixed-seed member pool (moves, reports, claims,
 * services, events, feedback, self-reports) under member `i`'s own IDs, spread
 * over 1,000 units (`u0000` …), written by the same writer as the template.
 * Returns the number of rows written.
 */
export async function writeLargeWorkbook(
  path: string,
  members: number,
  pool: MemberPool = memberPool(),
): Promise<number> {
  const unitCount = Math.min(1_000, members);
  const units = Array.from({ length: unitCount }, (_, i) => ({ id: unitOf(i), name: `单位${unitOf(i)}` }));
  // Seven branches a unit, as the members name them (`u0000-b0` …).
  const organisations = units.flatMap((unit) =>
    Array.from({ length: 7 }, (_, b) => ({
      id: `${unit.id}-b${b}`,
      unitId: unit.id,
      name: `第${b + 1}支部`,
      kind: "支部",
    })),
  );
  const lists: Record<string, unknown[]> = { units, organisations, members: [] };
  for (const list of MEMBER_LISTS) lists[list] = [];
  for (let i = 0; i < members; i++) {
    const bundle = inNeighbourhood(
      memberRecordsAt(pool, i) as unknown as Bundle,
      Math.floor(i / MEMBERS_PER_NEIGHBOURHOOD),
    );
    (lists.members as unknown[]).push(bundle.member);
    // The pool draws reports anywhere; a workbook's import refuses a report to a community never lived in.
    const listOf = (list: string) => (bundle[list] ?? []) as unknown[];
    const lived = new Set(listOf("residences").map((r) => (r as { communityId: string }).communityId));
    for (const list of MEMBER_LISTS) {
      for (const record of listOf(list)) {
        if (list === "reports" && !lived.has((record as { communityId: string }).communityId)) continue;
        lists[list]?.push(record);
      }
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  await writeInputWorkbook(path, lists, { dropdownRows: 0 });
  return Object.values(lists).reduce((sum, list) => sum + list.length, 0);
}
