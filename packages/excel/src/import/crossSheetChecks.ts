import type { SheetSpec } from "../spec/columnSpec";
import type { ImportCollector, KindRecords } from "./importCollector";
import { importIssue } from "./importIssue";
import { getField } from "./setField";
import type { RecordOrigin } from "./sheetLayout";

/** Records found wrong by a cross-sheet check, by kind and index; collect mode leaves them out. */
export type RejectedRecords = Map<string, Set<number>>;

/**
 * Checks what no single row can: duplicate IDs within a kind (and other
 * fields that must be unique), a unit or organisation that is its own
 * ancestor, IDs that point to no record (a member of an unknown unit or branch, a record of an unknown
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
    for (const field of spec.uniqueFields ?? []) {
      checkUnique(collector, spec.key, field, (index) => reject(spec.key, index));
    }
  }
  for (const spec of specs) {
    if (!collector.hasSheet(spec.key)) continue;
    checkReferences(collector, spec, specs, idSets, (index) => reject(spec.key, index));
    for (const reference of spec.references ?? []) {
      if (reference.to === spec.key)
        checkCycles(collector, spec, reference.field, (index) => reject(spec.key, index));
    }
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
  return checkUnique(collector, key, "id", reject);
}

/** Reports every record whose value of `field` an earlier record of the kind already has; returns the values seen. */
function checkUnique(
  collector: ImportCollector,
  key: string,
  field: string,
  reject: (index: number) => void,
): Set<string> {
  const { records, origins } = collector.kind(key);
  const firstSeen = new Map<string, RecordOrigin>();
  records.forEach((record, index) => {
    const value = getField(record, field);
    if (typeof value !== "string") return;
    const origin = origins[index] as RecordOrigin;
    const first = firstSeen.get(value);
    if (first === undefined) {
      firstSeen.set(value, origin);
      return;
    }
    reject(index);
    const firstPlace = `${first.sheet.name}!${first.sheet.cellOf(field, first.row)}`;
    const isId = field === "id";
    collector.issues.push(
      importIssue({
        kind: isId ? "duplicate-id" : "duplicate-value",
        file: collector.file,
        ...idCell(origin, field),
        value,
        expected: isId
          ? { zh: "本类记录中唯一的编号", en: "an ID unique among records of this kind" }
          : { zh: "本表中不重复的值", en: "a value no other row of this sheet has" },
        problem: isId
          ? { zh: `编号与 ${firstPlace} 重复`, en: `the ID is already used at ${firstPlace}` }
          : { zh: `与 ${firstPlace} 重复`, en: `the same value is already at ${firstPlace}` },
      }),
    );
  });
  return new Set(firstSeen.keys());
}

/** A parent reference within a kind (unit → parent unit) must not lead back to the record itself. */
function checkCycles(
  collector: ImportCollector,
  spec: SheetSpec,
  field: string,
  reject: (index: number) => void,
): void {
  const { records, origins } = collector.kind(spec.key);
  const parentOf = new Map<string, string>();
  for (const record of records) {
    const id = getField(record, "id");
    const parent = getField(record, field);
    if (typeof id === "string" && typeof parent === "string" && !parentOf.has(id)) parentOf.set(id, parent);
  }
  records.forEach((record, index) => {
    const id = getField(record, "id") as string;
    const path = [id];
    const seen = new Set(path);
    for (let up = parentOf.get(id); up !== undefined; up = parentOf.get(up)) {
      path.push(up);
      if (up === id) break;
      // A loop higher up that does not come back here is reported at its own records.
      if (seen.has(up)) return;
      seen.add(up);
    }
    if (path.length < 2 || path[path.length - 1] !== id) return;
    reject(index);
    collector.issues.push(
      importIssue({
        kind: "reference-cycle",
        file: collector.file,
        ...idCell(origins[index] as RecordOrigin, field),
        value: String(getField(record, field)),
        expected: { zh: "不构成循环的上级编号", en: "a parent that does not lead back to this record" },
        problem: {
          zh: `上下级关系成环：${path.join(" → ")}`,
          en: `the hierarchy loops: ${path.join(" → ")}`,
        },
      }),
    );
  });
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
