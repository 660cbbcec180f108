import type ExcelJS from "exceljs";
import { xmlCharacters } from "./cellXml";

/** exceljs's shared-strings table of a streaming writer (its untyped `sharedStrings`), written as xl/sharedStrings.xml on commit. */
interface ExcelJsSharedStrings {
  add(value: string): number;
}

/**
 * The workbook's shared-strings table, for text that repeats down a column
 * (rule IDs and titles, statuses, citations): each distinct text is held once
 * and written at the end, a cell holds its index (`t="s"`). Like an inline
 * string it is text, never a formula.
 */
export class SharedStrings {
  private readonly table: ExcelJsSharedStrings;
  /**
   * The index of each text given so far, by the text as given: a repeat is
   * one `Map` lookup. exceljs's own table is an object keyed by the text,
   * and V8 looks a new string up in its string table before it can look it
   * up there (1.5 s of a 100k-member report; docs/performance.md, "The spill flat").
   */
  private readonly indexes = new Map<string, number>();

  constructor(workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
    this.table = (workbook as unknown as { sharedStrings: ExcelJsSharedStrings }).sharedStrings;
  }

  /** The index of a text in the table; exceljs escapes the markup, what XML cannot hold is dropped here. */
  indexOf(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.table.add(xmlCharacters(text));
      this.indexes.set(text, index);
    }
    return index;
  }
}
