import {
  type InputError,
  type InputIssue,
  RECORD_KINDS,
  REFERENCES,
  type RecordKind,
  UNIQUE_FIELDS,
} from "@shuangbaodao/core";
import { columnLetters } from "../cells/a1";
import type { Bilingual } from "../spec/bilingual";
import type { SheetSpec } from "../spec/columnSpec";
import type { ImportCollector } from "./importCollector";
import { type ImportIssue, type ImportIssueKind, importIssue } from "./importIssue";
import type { OmittedImportIssues } from "./importIssueList";
import type { RecordOrigin } from "./sheetLayout";

const CORE_KINDS = new Set<string>(RECORD_KINDS);

/** Whether the core reads records of this kind (community visits and findings it does not). */
export function isCoreKind(kind: string): kind is RecordKind {
  return CORE_KINDS.has(kind);
}

/**
 * The core's issues about records the import handed out, each in the
 * workbook's words ({@link coreIssueInWorkbook}). Issues without a kind are
 * what the source itself could not read: the import's own, said already.
 */
export function coreIssuesInWorkbook(
  error: InputError,
  collector: ImportCollector,
  specs: readonly SheetSpec[],
): ImportIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.kind === undefined) return [];
    const said = coreIssueInWorkbook(issue, collector, specs);
    return said === undefined ? [] : [said];
  });
}

/**
 * The core's issues it only counted, in the workbook's terms: each group at
 * the sheet and column of its records' kind and field. Groups without a kind
 * are what the source itself could not read, counted by the import already.
 * A group of unknown references may count references to rows refused for
 * their own cells, which the kept issues leave out; the count says so no
 * more precisely than the core kept.
 */
export function coreOmittedInWorkbook(error: InputError, collector: ImportCollector): OmittedImportIssues[] {
  return error.omitted.flatMap((group) => {
    if (group.kind === undefined) return [];
    const sheet = collector.originsOf(group.kind)?.sheetLayout(group.sheet);
    const field = group.field ?? "id";
    const column = sheet?.columnOf(field) ?? sheet?.columnOf(field.split(".")[0] ?? field);
    return [
      {
        kind: (SAME_KIND.has(group.code) ? group.code : "invalid-value") as ImportIssueKind,
        sheet: sheet?.name ?? group.sheet ?? "",
        ...(column !== undefined && { columnLetters: columnLetters(column.column), column: column.header }),
        count: group.count,
      },
    ];
  });
}

/** The core's codes an import issue keeps as they are; any other is a value the core refused. */
const SAME_KIND = new Set<string>([
  "duplicate-id",
  "duplicate-value",
  "unknown-reference",
  "reference-cycle",
]);

/**
 * A core issue about a record the import handed out, in the workbook's words:
 * the record's kind and index (as read) lead to its sheet and row, its field to
 * the cell and header of that column, and the value is the one in the cell.
 * The core decides; this only says where. `undefined` for a reference to a row
 * that failed its own cell checks, which its own issue already reports.
 */
export function coreIssueInWorkbook(
  issue: InputIssue,
  collector: ImportCollector,
  specs: readonly SheetSpec[],
): ImportIssue | undefined {
  const { file } = collector;
  const origins = issue.kind === undefined ? undefined : collector.originsOf(issue.kind);
  if (origins === undefined || issue.index === undefined || issue.index >= origins.count) {
    // Not a record the import handed out: the place the source gave, if any.
    return importIssue({
      kind: "invalid-value",
      file: issue.place?.file ?? file,
      sheet: issue.place?.sheet ?? "",
      expected: { zh: "有效的记录", en: "a valid record" },
      problem: { zh: `${issue.path}：${issue.zh}`, en: `${issue.path}: ${issue.message}` },
    });
  }
  const field = issue.field ?? "id";
  // The value a cell holds whole: an ID, a unique field or a reference (an item of a list is not the cell's value).
  const quoted = quotesCell(issue.kind as RecordKind, field) ? issue.value : undefined;
  const target = referenceTarget(issue.kind as RecordKind, field);
  if (issue.code === "unknown-reference" && target !== undefined && quoted !== undefined) {
    if (collector.hadFailedId(target, quoted)) return undefined;
  }
  const origin = origins.origin(issue.index);
  const column = origin.sheet.columnOf(field) ?? origin.sheet.columnOf(field.split(".")[0] ?? field);
  return importIssue({
    kind: (SAME_KIND.has(issue.code) ? issue.code : "invalid-value") as ImportIssueKind,
    file,
    sheet: origin.sheet.name,
    cell: origin.sheet.cellOf(column?.spec.field ?? field, origin.row),
    ...(column !== undefined && { column: column.header }),
    ...(quoted !== undefined && { value: quoted }),
    expected: expectedFor(issue, target, specs),
    problem: problemIn(issue, (index) => origins.origin(index)),
  });
}

/** Whether an issue at this field quotes the cell's whole value: the record's ID, a unique field or a reference. */
function quotesCell(kind: RecordKind, field: string): boolean {
  return (
    field === "id" ||
    (UNIQUE_FIELDS[kind] ?? []).includes(field) ||
    (REFERENCES[kind] ?? []).some((reference) => reference.field === field)
  );
}

/** The kind a reference field points to (a member's own list of events points to community events). */
function referenceTarget(kind: RecordKind, field: string): RecordKind | undefined {
  if (field.startsWith("attendedEventIds.")) return "communityEvents";
  return REFERENCES[kind]?.find((reference) => reference.field === field)?.to;
}

/** The core's words, with the first record of a duplicate named by its sheet and cell instead of its index. */
function problemIn(issue: InputIssue, originOf: (index: number) => RecordOrigin): Bilingual {
  const { firstIndex, kind, field } = issue;
  if (firstIndex === undefined || kind === undefined) return { zh: issue.zh, en: issue.message };
  const first = originOf(firstIndex);
  const place = `${first.sheet.name}!${first.sheet.cellOf(field ?? "id", first.row)}`;
  const index = `${kind}[${firstIndex}]`;
  return { zh: issue.zh.replace(index, place), en: issue.message.replace(index, place) };
}

function expectedFor(
  issue: InputIssue,
  target: RecordKind | undefined,
  specs: readonly SheetSpec[],
): Bilingual {
  switch (issue.code) {
    case "duplicate-id":
      return { zh: "本类记录中唯一的编号", en: "an ID unique among records of this kind" };
    case "duplicate-value":
      return { zh: "本表中不重复的值", en: "a value no other row of this sheet has" };
    case "reference-cycle":
      return { zh: "不构成循环的上级编号", en: "a parent that does not lead back to this record" };
    case "unknown-reference": {
      const spec = specs.find((candidate) => candidate.key === target);
      const name = spec?.name ?? target ?? "";
      return { zh: `「${name}」表中已有的编号`, en: `an ID on the "${spec?.aliases[0] ?? name}" sheet` };
    }
    default:
      return { zh: "有效的值", en: "a valid value" };
  }
}
