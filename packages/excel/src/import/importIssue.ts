import type { CellProblem } from "../cells/convertCell";
import type { Bilingual } from "../spec/bilingual";
import type { RefusalKind } from "./workbookRefusal";

/**
 * What went wrong, as a code tests and tools can switch on. `duplicate-id`,
 * `duplicate-value`, `reference-cycle` and `unknown-reference` are the core's
 * checks across records, said at the cell; any other core refusal of a record
 * is `invalid-value`.
 */
export type ImportIssueKind =
  | CellProblem
  | RefusalKind
  | "unreadable-file"
  | "header-not-found"
  | "missing-sheet"
  | "missing-column"
  | "duplicate-column"
  | "missing-value"
  | "invalid-value"
  | "duplicate-id"
  | "duplicate-value"
  | "conflicting-row"
  | "reference-cycle"
  | "unknown-reference";

/**
 * One problem found by an import, located down to the cell: the file, the
 * sheet, the A1 reference (a range for a whole header row), the value found
 * and what was expected, in Chinese and English.
 */
export interface ImportIssue {
  kind: ImportIssueKind;
  file: string;
  /** The sheet's name as it is in the workbook; empty for a problem with the whole file. */
  sheet: string;
  /** An A1 reference (`C5`) or range (`A2:H2`); absent for a whole-file or whole-sheet problem. */
  cell?: string;
  /** The column's header as it is in the workbook. */
  column?: string;
  /** The value found, as text; empty for an empty cell. */
  value?: string;
  expected: Bilingual;
  /** What is wrong (without the location). */
  problem: Bilingual;
  /** A full sentence with location, value, problem and expectation. */
  message: Bilingual;
}

/** Something the import passed over on purpose (a sheet or column it does not know); never blocks an import. */
export interface ImportNotice {
  file: string;
  sheet: string;
  cell?: string;
  message: Bilingual;
}

type IssueParts = Omit<ImportIssue, "message">;

/** Builds an issue and writes its sentence in both languages. */
export function importIssue(parts: IssueParts): ImportIssue {
  return { ...parts, message: issueMessage(parts) };
}

function issueMessage(parts: IssueParts): Bilingual {
  const zhPlace = [`文件 ${parts.file}`];
  const enPlace = [parts.file];
  if (parts.sheet !== "") {
    zhPlace.push(`工作表「${parts.sheet}」`);
    enPlace.push(`sheet "${parts.sheet}"`);
  }
  if (parts.cell !== undefined) {
    // A header on two lines (`姓名\nName`) is named on one, so the message does not break.
    const column = parts.column === undefined ? "" : parts.column.replace(/\s*[\r\n]+\s*/g, " ");
    zhPlace.push(`单元格 ${parts.cell}${column ? `（${column}）` : ""}`);
    enPlace.push(`cell ${parts.cell}${column ? ` (${column})` : ""}`);
  }
  const zhFound =
    parts.value === undefined ? "" : parts.value === "" ? "：单元格为空" : `：值「${parts.value}」`;
  const enFound =
    parts.value === undefined
      ? ""
      : parts.value === ""
        ? ": the cell is empty"
        : `: found ${JSON.stringify(parts.value)}`;
  return {
    zh: `${zhPlace.join(" ")}${zhFound}，${parts.problem.zh}；应为：${parts.expected.zh}。`,
    en: `${enPlace.join(", ")}${enFound}; ${parts.problem.en}; expected ${parts.expected.en}.`,
  };
}

/** The issues of an import as readable lines, one language per line. */
export function formatIssues(issues: readonly ImportIssue[]): string {
  return issues.map((issue) => `${issue.message.zh}\n${issue.message.en}`).join("\n");
}
