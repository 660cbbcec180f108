import ExcelJS from "exceljs";

/** exceljs's style table (its untyped `styles`): the style index of a cell's look, found by serialising it to XML. */
interface StyleTable {
  addStyleModel(model: Partial<ExcelJS.Style> | undefined, cellType?: ExcelJS.ValueType): number;
  weakMap?: WeakMap<object, number>;
}

/**
 * Makes a streaming writer find the style of a cell written through exceljs's
 * rows (forms, grid, summary) by the look's JSON, not by rendering its font,
 * border and fill as XML every time: every such cell has a style object of its
 * own, so exceljs's cache by object never hits (3.4 s of the report's 1,001
 * statistics forms). The index is exceljs's own, found once per look and kind
 * of value; a style object exceljs has seen keeps the index it gave it, as before.
 */
export function memoiseStyles(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (workbook as unknown as { styles: StyleTable }).styles;
  const addStyleModel = styles.addStyleModel.bind(styles);
  const ids = new Map<string, number>();
  styles.addStyleModel = (model, cellType) => {
    if (!model || styles.weakMap === undefined || styles.weakMap.has(model))
      return addStyleModel(model, cellType);
    // exceljs treats a missing type and a blank cell's (0) as a number: "General" unless a format is given.
    const key = `${cellType || ExcelJS.ValueType.Number}|${JSON.stringify(model)}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = addStyleModel(model, cellType);
      ids.set(key, id);
    } else styles.weakMap.set(model, id);
    return id;
  };
}
