import type { SheetSpec } from "../spec/columnSpec";
import type { ImportCollector } from "./importCollector";
import { type ImportIssue, importIssue } from "./importIssue";
import type { RecordKeys } from "./recordKeys";
import type { RecordOrigin } from "./sheetLayout";

/** Records found wrong by a cross-sheet check, by kind and index in reading order. */
export type RejectedRecords = Map<string, Set<number>>;

/** Rules a record out: reports the issue, naming the record it rejects. */
type Reject = (index: number, issue: ImportIssue) => void;

/** The two kinds the report-community check compares, and the fields it reads of both. */
const REPORT_COMMUNITY_KINDS = new Set(["reports", "residences"]);
const REPORT_COMMUNITY_FIELDS = ["memberId", "communityId"];

/** The fields of a kind the checks read: its ID, unique fields and references (and communities lived in). */
export function checkedFields(spec: SheetSpec): Set<string> {
  return new Set([
    "id",
    ...(spec.uniqueFields ?? []),
    ...(spec.references ?? []).map((reference) => reference.field),
    ...(REPORT_COMMUNITY_KINDS.has(spec.key) ? REPORT_COMMUNITY_FIELDS : []),
  ]);
}

/**
 * Checks what no single row can: duplicate IDs within a kind (and other
 * fields that must be unique), a unit or organisation that is its own
 * ancestor, IDs that point to no record (a member of an unknown unit or branch, a record of an unknown
 * member, an attendance at an unknown event), and a report to a community the
 * member never lived in. A reference is checked only when the workbook has a
 * sheet of the kind it points to; otherwise a notice says it was not checked.
 * Checks run on the rows that passed their own validation and do not cascade:
 * a member row with an error does not make its services "unknown". They read
 * only the keys the collector kept (IDs and the fields above), once every
 * sheet is read; each issue names the record it rejects.
 */
export function crossSheetChecks(collector: ImportCollector, specs: readonly SheetSpec[]): RejectedRecords {
  const rejected: RejectedRecords = new Map();
  const rejectFor =
    (key: string): Reject =>
    (index, issue) => {
      let set = rejected.get(key);
      if (set === undefined) {
        set = new Set();
        rejected.set(key, set);
      }
      set.add(index);
      collector.issue(issue, collector.placeOf(key, index));
    };
  const idSets = new Map<string, ReadonlyMap<string, number>>();
  for (const spec of specs) {
    const keys = collector.keysOf(spec.key);
    if (keys === undefined) continue;
    idSets.set(spec.key, checkDuplicateIds(collector, keys, rejectFor(spec.key)));
    for (const field of spec.uniqueFields ?? []) {
      checkUnique(collector, keys, field, rejectFor(spec.key));
    }
  }
  for (const spec of specs) {
    const keys = collector.keysOf(spec.key);
    if (keys === undefined) continue;
    checkReferences(collector, keys, spec, specs, idSets, rejectFor(spec.key));
    for (const reference of spec.references ?? []) {
      if (reference.to === spec.key) checkCycles(collector, keys, reference.field, rejectFor(spec.key));
    }
  }
  checkReportCommunities(collector, rejected.get("reports"), rejectFor("reports"));
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
  keys: RecordKeys,
  reject: Reject,
): ReadonlyMap<string, number> {
  return checkUnique(collector, keys, "id", reject);
}

/** Reports every record whose value of `field` an earlier record of the kind already has; returns each value's first record. */
function checkUnique(
  collector: ImportCollector,
  keys: RecordKeys,
  field: string,
  reject: Reject,
): ReadonlyMap<string, number> {
  const firstSeen = new Map<string, number>();
  for (let index = 0; index < keys.count; index++) {
    const value = keys.value(index, field);
    if (value === undefined) continue;
    const firstIndex = firstSeen.get(value);
    if (firstIndex === undefined) {
      firstSeen.set(value, index);
      continue;
    }
    const first = keys.origin(firstIndex);
    const firstPlace = `${first.sheet.name}!${first.sheet.cellOf(field, first.row)}`;
    const isId = field === "id";
    reject(
      index,
      importIssue({
        kind: isId ? "duplicate-id" : "duplicate-value",
        file: collector.file,
        ...idCell(keys.origin(index), field),
        value,
        expected: isId
          ? { zh: "本类记录中唯一的编号", en: "an ID unique among records of this kind" }
          : { zh: "本表中不重复的值", en: "a value no other row of this sheet has" },
        problem: isId
          ? { zh: `编号与 ${firstPlace} 重复`, en: `the ID is already used at ${firstPlace}` }
          : { zh: `与 ${firstPlace} 重复`, en: `the same value is already at ${firstPlace}` },
      }),
    );
  }
  return firstSeen;
}

/** A parent reference within a kind (unit → parent unit) must not lead back to the record itself. */
function checkCycles(collector: ImportCollector, keys: RecordKeys, field: string, reject: Reject): void {
  const parentOf = new Map<string, string>();
  for (let index = 0; index < keys.count; index++) {
    const id = keys.value(index, "id");
    const parent = keys.value(index, field);
    if (id !== undefined && parent !== undefined && !parentOf.has(id)) parentOf.set(id, parent);
  }
  for (let index = 0; index < keys.count; index++) {
    const id = keys.value(index, "id") as string;
    const path = loopThrough(id, parentOf);
    if (path === undefined) continue;
    reject(
      index,
      importIssue({
        kind: "reference-cycle",
        file: collector.file,
        ...idCell(keys.origin(index), field),
        value: String(keys.value(index, field)),
        expected: { zh: "不构成循环的上级编号", en: "a parent that does not lead back to this record" },
        problem: {
          zh: `上下级关系成环：${path.join(" → ")}`,
          en: `the hierarchy loops: ${path.join(" → ")}`,
        },
      }),
    );
  }
}

/** The path from an ID up its parents back to itself, if it leads back. */
function loopThrough(id: string, parentOf: ReadonlyMap<string, string>): string[] | undefined {
  const path = [id];
  const seen = new Set(path);
  for (let up = parentOf.get(id); up !== undefined; up = parentOf.get(up)) {
    path.push(up);
    if (up === id) break;
    // A loop higher up that does not come back here is reported at its own records.
    if (seen.has(up)) return undefined;
    seen.add(up);
  }
  return path.length >= 2 && path[path.length - 1] === id ? path : undefined;
}

function checkReferences(
  collector: ImportCollector,
  keys: RecordKeys,
  spec: SheetSpec,
  specs: readonly SheetSpec[],
  idSets: ReadonlyMap<string, ReadonlyMap<string, number>>,
  reject: Reject,
): void {
  for (const reference of spec.references ?? []) {
    const target = specs.find((candidate) => candidate.key === reference.to);
    const ids = idSets.get(reference.to);
    const targetName = target?.name ?? reference.to;
    const targetAlias = target?.aliases[0] ?? reference.to;
    if (ids === undefined) {
      if (keys.count > 0) {
        collector.notice({
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
    for (let index = 0; index < keys.count; index++) {
      const value = keys.value(index, reference.field);
      // A reference to a row that failed its own checks is not reported twice.
      if (value === undefined || ids.has(value) || collector.hadFailedId(reference.to, value)) continue;
      reject(
        index,
        importIssue({
          kind: "unknown-reference",
          file: collector.file,
          ...idCell(keys.origin(index), reference.field),
          value,
          expected: { zh: `「${targetName}」表中已有的编号`, en: `an ID on the "${targetAlias}" sheet` },
          problem: {
            zh: `「${targetName}」表中没有此编号`,
            en: `no record with this ID on the "${targetAlias}" sheet`,
          },
        }),
      );
    }
  }
}

/** A member reports to the community they live in (ZZ47-BD 二(一)): the residence history must show it. */
function checkReportCommunities(
  collector: ImportCollector,
  alreadyRejected: ReadonlySet<number> | undefined,
  reject: Reject,
): void {
  const residences = collector.keysOf("residences");
  const reports = collector.keysOf("reports");
  if (residences === undefined || reports === undefined) return;
  const communitiesOf = new Map<string, Set<string>>();
  for (let index = 0; index < residences.count; index++) {
    const memberId = residences.value(index, "memberId") as string;
    let set = communitiesOf.get(memberId);
    if (set === undefined) {
      set = new Set();
      communitiesOf.set(memberId, set);
    }
    set.add(residences.value(index, "communityId") as string);
  }
  for (let index = 0; index < reports.count; index++) {
    // A report of an unknown member is reported once, as such.
    if (alreadyRejected?.has(index)) continue;
    const memberId = reports.value(index, "memberId") as string;
    const communityId = reports.value(index, "communityId") as string;
    const lived = communitiesOf.get(memberId);
    if (lived?.has(communityId)) continue;
    const known = lived === undefined ? [] : [...lived];
    reject(
      index,
      importIssue({
        kind: "community-not-lived-in",
        file: collector.file,
        ...idCell(reports.origin(index), "communityId"),
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
  }
}
