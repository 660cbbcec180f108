import type { SheetSpec } from "../spec/columnSpec";
import type { ImportCollector, KindRecords } from "./importCollector";
import { importIssue } from "./importIssue";
import { getField } from "./setField";
import type { RecordOrigin } from "./sheetLayout";

/** Records found wrong by a cross-sheet check, by kind and index; collect mode leaves them out. */
export type RejectedRecords = Map<string, Set<number>>;

/**
 * Checks what no single row can: duplicate IDs within a kind, IDs that point
 * to no record (a member of an unknown unit or branch, a record of an unknown
 * member, an attendance at an unknown event), and a report to a community the
 * member never lived in. A reference is checked only when the workbook has a
 * sheet of the kind it points to; otherwise a notice says it was not checked.
 * Checks run on the rows that passed their own validation and do not cascade:
 * a member row with an error does not make its services "unknown".
 */
export function crossSheetChecks(collector: ImportCollector, specs: readonly SheetSpec[]): RejectedRecords {
  const rejected: RejectedRecords = new Map();
  const reject = (key: string, index: number) => {
    let set = rejected.get(key);
    if (set === undefined) {
      set = new Set();
      rejected.set(key, set);
    }
    set.add(index);
  };
  const idSets = new Map<string, Set<string>>();
  for (const spec of specs) {
    if (!collector.hasSheet(spec.key)) continue;
    idSets.set(
      spec.key,
      checkDuplicateIds(collector, spec.key, (index) => reject(spec.key, index)),
    );
  }
  for (const spec of specs) {
    if (!collector.hasSheet(spec.key)) continue;
    checkReferences(collector, spec, specs, idSets, (index) => reject(spec.key, index));
  }
  checkReportCommunities(collector, rejected.get("reports"), (index) => reject("reports", index));
  return rejected;
}

function idCell(origin: RecordOrigin, field: string) {
  return {
    sheet: origin.sheet.name,
    cell: origin.sheet.cellOf(field, origin.row),
    column: origin.sheet.columnOf(field)?.header,
  };
}

function checkDuplicateIds(
  collector: ImportCollector,
  key: string,
  reject: (index: number) => void,
): Set<string> {
  const { records, origins } = collector.kind(key);
  const firstSeen = new Map<string, RecordOrigin>();
  records.forEach((record, index) => {
    const id = getField(record, "id");
    if (typeof id !== "string") return;
    const origin = origins[index] as RecordOrigin;
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, origin);
      return;
    }
    reject(index);
    const firstPlace = `${first.sheet.name}!${first.sheet.cellOf("id", first.row)}`;
    collector.issues.push(
      importIssue({
        kind: "duplicate-id",
        file: collector.file,
        ...idCell(origin, "id"),
        value: id,
        expected: { zh: "本类记录中唯一的编号", en: "an ID unique among records of this kind" },
        problem: { zh: `编号与 ${firstPlace} 重复`, en: `the ID is already used at ${firstPlace}` },
      }),
    );
  });
  return new Set(firstSeen.keys());
}

function checkReferences(
  collector: ImportCollector,
  spec: SheetSpec,
  specs: readonly SheetSpec[],
  idSets: Map<string, Set<string>>,
  reject: (index: number) => void,
): void {
  const { records, origins }: KindRecords = collector.kind(spec.key);
  for (const reference of spec.references ?? []) {
    const target = specs.find((candidate) => candidate.key === reference.to);
    const ids = idSets.get(reference.to);
    const targetName = target?.name ?? reference.to;
    const targetAlias = target?.aliases[0] ?? reference.to;
    if (ids === undefined) {
      if (records.length > 0) {
        collector.notices.push({
          file: collector.file,
          sheet: spec.name,
          message: {
            zh: `工作簿中没有「${targetName}」表，未核对「${spec.name}」表的 ${reference.field} 是否存在`,
            en: `the workbook has no "${targetAlias}" sheet, so ${reference.field} on "${spec.name}" was not checked`,
          },
        });
      }
      continue;
    }
    records.forEach((record, index) => {
      const value = getField(record, reference.field);
      // A reference to a row that failed its own checks is not reported twice.
      if (typeof value !== "string" || ids.has(value) || collector.hadFailedId(reference.to, value)) return;
      reject(index);
      collector.issues.push(
        importIssue({
          kind: "unknown-reference",
          file: collector.file,
          ...idCell(origins[index] as RecordOrigin, reference.field),
          value,
          expected: { zh: `「${targetName}」表中已有的编号`, en: `an ID on the "${targetAlias}" sheet` },
          problem: {
            zh: `「${targetName}」表中没有此编号`,
            en: `no record with this ID on the "${targetAlias}" sheet`,
          },
        }),
      );
    });
  }
}

/** A member reports to the community they live in (ZZ47-BD 二(一)): the residence history must show it. */
function checkReportCommunities(
  collector: ImportCollector,
  alreadyRejected: ReadonlySet<number> | undefined,
  reject: (index: number) => void,
): void {
  if (!collector.hasSheet("reports") || !collector.hasSheet("residences")) return;
  const communitiesOf = new Map<string, Set<string>>();
  for (const residence of collector.kind("residences").records) {
    const memberId = getField(residence, "memberId") as string;
    let set = communitiesOf.get(memberId);
    if (set === undefined) {
      set = new Set();
      communitiesOf.set(memberId, set);
    }
    set.add(getField(residence, "communityId") as string);
  }
  const { records, origins } = collector.kind("reports");
  records.forEach((report, index) => {
    // A report of an unknown member is reported once, as such.
    if (alreadyRejected?.has(index)) return;
    const memberId = getField(report, "memberId") as string;
    const communityId = getField(report, "communityId") as string;
    const lived = communitiesOf.get(memberId);
    if (lived?.has(communityId)) return;
    reject(index);
    const known = lived === undefined ? [] : [...lived];
    collector.issues.push(
      importIssue({
        kind: "community-not-lived-in",
        file: collector.file,
        ...idCell(origins[index] as RecordOrigin, "communityId"),
        value: communityId,
        expected: {
          zh:
            known.length > 0 ? `该党员居住过的社区：${known.join("、")}` : "「居住地」表中该党员居住过的社区",
          en:
            known.length > 0
              ? `a community the member lived in: ${known.join(", ")}`
              : "a community the member lived in, per the Residences sheet",
        },
        problem: {
          zh: `党员 ${memberId} 没有在此社区居住的记录`,
          en: `member ${memberId} has no residence in this community`,
        },
      }),
    );
  });
}
