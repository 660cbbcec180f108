import ExcelJS from "exceljs";

/** exceljs's style table (its untyped `styles`): the style index of a cell's look, found by serialising it to XML. */
interface StyleTable {
  addStyleModel(model: Partial<ExcelJS.Style> | undefined, cellType?: ExcelJS.ValueType): number;
  weakMap?: WeakMap<object, number>;
}

/** The parts of a look, each told apart by what it says, not which object it is. */
const PARTS = ["numFmt", "font", "fill", "border", "alignment", "protection"] as const;

/**
 * Numbers each distinct part of a look (a font, a border…): an object seen
 * before by identity, a new one by its JSON (a border written as a shared
 * constant is never serialised again; a `{ bold: true }` made per cell is, but
 * it is short).
 */
class PartNumbers {
  private readonly byObject = new WeakMap<object, number>();
  private readonly byJson = new Map<string, number>();

  of(part: unknown): string {
    if (part === undefined) return "";
    if (typeof part !== "object" || part === null) return JSON.stringify(part);
    let id = this.byObject.get(part);
    if (id === undefined) {
      const json = JSON.stringify(part);
      id = this.byJson.get(json);
      if (id === undefined) {
        id = this.byJson.size;
        this.byJson.set(json, id);
      }
      this.byObject.set(part, id);
    }
    return String(id);
  }
}

/**
 * Makes a streaming writer find the style of a cell written through exceljs's
 * rows (forms, grid, summary) once per distinct look, not by rendering its
 * font, border and fill as XML every time: every such cell has a style object
 * of its own, so exceljs's cache by object never hits (3.4 s of the report's
 * 1,001 statistics forms). The index is exceljs's own, found once per look and
 * kind of value; a style object exceljs has seen keeps the index it gave it,
 * as before.
 */
export function memoiseStyles(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (workbook as unknown as { styles: StyleTable }).styles;
  const addStyleModel = styles.addStyleModel.bind(styles);
  const parts = new PartNumbers();
  const ids = new Map<string, number>();
  styles.addStyleModel = (model, cellType) => {
    if (!model || styles.weakMap === undefined || styles.weakMap.has(model))
      return addStyleModel(model, cellType);
    // exceljs treats a missing type and a blank cell's (0) as a number: "General" unless a format is given.
    let key = String(cellType || ExcelJS.ValueType.Number);
    for (const name of PARTS) key += `|${parts.of(model[name])}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = addStyleModel(model, cellType);
      ids.set(key, id);
    } else styles.weakMap.set(model, id);
    return id;
  };
}
