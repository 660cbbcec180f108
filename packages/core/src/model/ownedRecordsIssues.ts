import type { PathIssue } from "./pathIssue";
import { quote } from "./quote";

/**
 * The records of a one-owner bundle (one member's `MemberRecords`, one unit's
 * `UnitRecords`) that name another owner: each is reported at its owner field.
 */
export function foreignRecordIssues(
  collections: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>,
  ownerField: "memberId" | "unitId",
  ownerId: string,
): PathIssue[] {
  const owner = ownerField === "memberId" ? { en: "member", zh: "党员" } : { en: "unit", zh: "单位" };
  const issues: PathIssue[] = [];
  for (const [collection, records] of Object.entries(collections)) {
    records.forEach((record, index) => {
      const named = record[ownerField];
      if (named === ownerId) return;
      const other = quote(String(named));
      issues.push({
        path: [collection, index, ownerField],
        code: "foreign-record",
        message: `belongs to ${owner.en} ${other}, not ${quote(ownerId)}`,
        zh: `属于${owner.zh} ${other}，而不是 ${quote(ownerId)}`,
      });
    });
  }
  return issues;
}
