import { checkRecord, compiledIfZod, RECORD_SCHEMAS } from "@shuangbaodao/core";
import { rangeReference } from "../cells/a1";
import { type CellConverter, cellConverter } from "../cells/convertCell";
import { expectedText } from "../cells/expectedText";
import { describePlainValue, type PlainCellValue, plainCellValue } from "../cells/plainCellValue";
import type { ColumnSpec, RecordSchema, SheetSpec } from "../spec/columnSpec";
import { isCoreKind } from "./coreIssueInWorkbook";
import { matchHeaderRow } from "./findHeaderRow";
import { HeaderMatcher } from "./headerMatcher";
import type { ImportCollector } from "./importCollector";
import type { ImportEvent } from "./importEvent";
import { importIssue } from "./importIssue";
import { cellProblemText, isMissingValue, schemaIssueText } from "./schemaIssueText";
import { getField, setField } from "./setField";
import { type FoundColumn, SheetLayout } from "./sheetLayout";
import type { StreamedWorksheet } from "./streamWorksheets";

/** How far down the header row may be (below a title, a unit line, a date line…). */
const HEADER_SEARCH_ROWS = 30;

interface PreparedSpec {
  matcher: HeaderMatcher;
  converters: Map<ColumnSpec, CellConverter>;
  /** The kind's schema, compiled when it is zod's: the same results, the row check about twice as fast. */
  schema: RecordSchema<unknown>;
}

const prepared = new WeakMap<SheetSpec, PreparedSpec>();

/**
 * How a sheet's rows are checked: a core record's with the core's
 * `checkRecord`, so that the core does not check the record again; a
 * record that goes on collecting rows after its first (a list's items) or
 * one the core does not read, with the sheet's schema (compiled).
 */
function recordCheckOf(spec: SheetSpec): RecordSchema<unknown> {
  const { key } = spec;
  if (spec.itemRows === undefined && isCoreKind(key) && spec.schema === RECORD_SCHEMAS[key])
    return { safeParse: (input) => checkRecord(key, input) };
  return compiledIfZod(spec.schema);
}

function prepare(spec: SheetSpec): PreparedSpec {
  let ready = prepared.get(spec);
  if (ready === undefined) {
    ready = {
      matcher: new HeaderMatcher(spec),
      converters: new Map(spec.columns.map((column) => [column, cellConverter(column)])),
      schema: recordCheckOf(spec),
    };
    prepared.set(spec, ready);
  }
  return ready;
}

/**
 * Events handed on at a time: each hop of an async generator costs a
 * promise, so a batch per row made the import 10-20 % slower.
 */
export const EVENTS_PER_BATCH = 256;

/**
 * Streams one sheet of a record kind: finds the header row, then reads each
 * non-blank row into a record, validates it with the kind's schema and either
 * keeps it or reports its problems by cell. Yields what the rows gave
 * (records, their problems) in batches of about {@link EVENTS_PER_BATCH};
 * rows are not kept.
 */
export async function* readRecordSheet(
  worksheet: StreamedWorksheet,
  spec: SheetSpec,
  collector: ImportCollector,
): AsyncGenerator<readonly ImportEvent[], void, undefined> {
  const ready = prepare(spec);
  const sheet = worksheet.name;
  let layout: SheetLayout | undefined;
  let missingFields = new Set<string>();
  let gaveUp = false;

  for await (const rows of worksheet.rows()) {
    for (const row of rows) {
      const { values } = row;
      if (layout !== undefined) {
        readRow(values, row.number, layout, ready, missingFields, collector);
        if (collector.pendingCount >= EVENTS_PER_BATCH) yield collector.takeEvents();
        continue;
      }
      // Rows past the search window are still consumed, so the stream drains normally.
      if (gaveUp || row.number > HEADER_SEARCH_ROWS) {
        gaveUp = true;
        continue;
      }
      const match = matchHeaderRow(values, spec, ready.matcher);
      if (match === undefined) continue;
      layout = new SheetLayout(sheet, spec, row.number, match.columns);
      missingFields = reportHeaderProblems(layout, values.length - 1, match, collector);
      collector.origins(spec);
    }
  }

  if (layout === undefined) {
    collector.issue(
      importIssue({
        kind: "header-not-found",
        file: collector.file,
        sheet,
        expected: {
          zh: `前 ${HEADER_SEARCH_ROWS} 行中有一行表头，含以下列名：${spec.columns.map((c) => c.header).join("、")}`,
          en: `a header row within the first ${HEADER_SEARCH_ROWS} rows naming these columns: ${spec.columns.map((c) => c.aliases[0] ?? c.field).join(", ")}`,
        },
        problem: { zh: "找不到表头行", en: "no header row found" },
      }),
    );
  }
  yield collector.takeEvents();
}

function reportHeaderProblems(
  layout: SheetLayout,
  lastColumn: number,
  match: NonNullable<ReturnType<typeof matchHeaderRow>>,
  collector: ImportCollector,
): Set<string> {
  const { file } = collector;
  const sheet = layout.name;
  const headerRange = rangeReference(1, layout.headerRow, Math.max(1, lastColumn), layout.headerRow);
  const missing = new Set<string>();
  for (const column of layout.spec.columns) {
    if (layout.columnOf(column.field) !== undefined) continue;
    missing.add(column.field);
    if (!column.required) continue;
    collector.issue(
      importIssue({
        kind: "missing-column",
        file,
        sheet,
        cell: headerRange,
        column: column.header,
        expected: {
          zh: `表头中有「${column.header}」列（或英文 ${column.aliases.join(" / ")}）`,
          en: `a column headed "${column.header}" (or ${column.aliases.join(" / ")}) in the header row`,
        },
        problem: {
          zh: `缺少必填列「${column.header}」`,
          en: `the required column "${column.header}" is missing`,
        },
      }),
    );
  }
  for (const duplicate of match.duplicates) {
    collector.issue(
      importIssue({
        kind: "duplicate-column",
        file,
        sheet,
        cell: rangeReference(duplicate.column, layout.headerRow, duplicate.column, layout.headerRow),
        column: duplicate.header,
        value: duplicate.header,
        expected: { zh: "每列只出现一次", en: "each column once" },
        problem: { zh: "该列重复出现", en: "this column appears twice" },
      }),
    );
  }
  for (const stray of match.unknown) {
    collector.notice({
      file,
      sheet,
      cell: rangeReference(stray.column, layout.headerRow, stray.column, layout.headerRow),
      message: {
        zh: `未识别的列「${stray.header}」，已忽略`,
        en: `column "${stray.header}" is not known and was ignored`,
      },
    });
  }
  return missing;
}

function readRow(
  values: readonly unknown[],
  rowNumber: number,
  layout: SheetLayout,
  { converters, schema }: PreparedSpec,
  missingFields: Set<string>,
  collector: ImportCollector,
): void {
  // By the position of the column in the layout (its fields are distinct): a row's cells in an array,
  // not a Map and a Set made for each of a million rows (docs/performance.md, "The spill flat").
  const { columns } = layout;
  const plains: PlainCellValue[] = new Array(columns.length);
  let blank = true;
  for (let index = 0; index < columns.length; index++) {
    const plain = plainCellValue(values[(columns[index] as FoundColumn).column]);
    plains[index] = plain;
    if (plain !== undefined) blank = false;
  }
  if (blank) return;

  const { file } = collector;
  const sheet = layout.name;
  const input: Record<string, unknown> = {};
  // The fields whose cells could not be read, once there is one.
  let unreadable: Set<string> | undefined;

  for (let index = 0; index < columns.length; index++) {
    const found = columns[index] as FoundColumn;
    const plain = plains[index];
    const reading = (converters.get(found.spec) as CellConverter)(plain);
    if (reading.kind === "value") {
      setField(input, found.spec.field, reading.value);
    } else if (reading.kind === "invalid") {
      unreadable ??= new Set();
      unreadable.add(found.spec.field);
      collector.issue(
        importIssue({
          kind: reading.problem,
          file,
          sheet,
          cell: layout.cellOf(found.spec.field, rowNumber),
          value: describePlainValue(plain),
          expected: reading.expected,
          problem: cellProblemText(reading.problem),
          column: found.header,
        }),
      );
    }
  }

  const itemField = layout.spec.itemRows?.field;
  if (itemField !== undefined) {
    // This row's item (if its item cells say anything) is the record's only item so far.
    const item = input[itemField];
    input[itemField] = item === undefined ? [] : [item];
  }
  const result = schema.safeParse(input);
  if (result.success && unreadable === undefined) {
    keepRecord(result.data as Record<string, unknown>, rowNumber, layout, plains, collector);
    return;
  }
  const id = plainOf(layout, plains, "id");
  if (typeof id === "string" || typeof id === "number")
    collector.noteFailedId(layout.spec.key, String(id).trim());
  if (result.success) return;

  for (const issue of result.error.issues) {
    const column = columnOfPath(layout.spec.columns, issue.path);
    // A cell already reported as unreadable, or a column reported missing, is not reported again.
    if (
      column !== undefined &&
      (unreadable?.has(column.field) || (column.required && missingFields.has(column.field)))
    ) {
      continue;
    }
    const found = column === undefined ? undefined : layout.columnOf(column.field);
    const expected = column === undefined ? { zh: "有效的记录", en: "a valid record" } : expectedText(column);
    const missing = isMissingValue(issue);
    collector.issue(
      importIssue({
        kind: missing ? "missing-value" : "invalid-value",
        file,
        sheet,
        cell: layout.cellOf(column?.field ?? "id", rowNumber),
        value: describePlainValue(column === undefined ? undefined : plainOf(layout, plains, column.field)),
        expected: missing
          ? { zh: `必填，${expected.zh}`, en: `a value (required): ${expected.en}` }
          : expected,
        problem: schemaIssueText(issue),
        // Last, where the issue always had it (its JSON's key order).
        column: found?.header ?? (column ?? (layout.spec.columns[0] as ColumnSpec)).header,
      }),
    );
  }
}

/** A row's plain value in a field's column, if the sheet has the column. */
function plainOf(layout: SheetLayout, plains: readonly PlainCellValue[], field: string): PlainCellValue {
  const found = layout.columnOf(field);
  return found === undefined ? undefined : plains[layout.columns.indexOf(found)];
}

/**
 * Keeps a valid record. For a kind whose records span rows (a list and its
 * entries), a row with an ID seen before adds its item to that record, if its
 * other cells agree with the first row's.
 */
function keepRecord(
  record: Record<string, unknown>,
  rowNumber: number,
  layout: SheetLayout,
  plains: readonly PlainCellValue[],
  collector: ImportCollector,
): void {
  const itemField = layout.spec.itemRows?.field;
  const first =
    itemField === undefined ? undefined : collector.heldRecord(layout.spec.key, String(record.id));
  if (itemField === undefined || first === undefined) {
    collector.keep(layout.spec, record, { sheet: layout, row: rowNumber });
    return;
  }
  const differing = layout.spec.columns.find(
    (column) =>
      !column.field.startsWith(`${itemField}.`) &&
      JSON.stringify(getField(first.record, column.field)) !== JSON.stringify(getField(record, column.field)),
  );
  if (differing === undefined) {
    (first.record[itemField] as unknown[]).push(...(record[itemField] as unknown[]));
    return;
  }
  const firstPlace = `${first.origin.sheet.name}!${first.origin.sheet.cellOf(differing.field, first.origin.row)}`;
  collector.issue(
    importIssue({
      kind: "conflicting-row",
      file: collector.file,
      sheet: layout.name,
      cell: layout.cellOf(differing.field, rowNumber),
      column: layout.columnOf(differing.field)?.header ?? differing.header,
      value: describePlainValue(plainOf(layout, plains, differing.field)),
      expected: {
        zh: `与同一编号的 ${firstPlace} 相同`,
        en: `the same as ${firstPlace}, the first row with this ID`,
      },
      problem: {
        zh: "同一编号的各行此列不一致",
        en: "rows with the same ID disagree in this column",
      },
    }),
  );
}

/** The column whose field the issue's path starts with (the longest such field); item indexes are skipped. */
function columnOfPath(columns: readonly ColumnSpec[], path: readonly PropertyKey[]): ColumnSpec | undefined {
  const joined = path
    .filter((segment) => typeof segment !== "number")
    .map(String)
    .join(".");
  let best: ColumnSpec | undefined;
  for (const column of columns) {
    const matches = joined === column.field || joined.startsWith(`${column.field}.`);
    if (matches && (best === undefined || column.field.length > best.field.length)) best = column;
  }
  return best;
}
