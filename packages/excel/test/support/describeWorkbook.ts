import ExcelJS from "exceljs";

/** One cell as a reader sees it: where, what and how it looks. */
interface CellDescription {
  address: string;
  type: ExcelJS.ValueType;
  value: unknown;
  style: unknown;
}

/** Everything a reader (exceljs's) sees of a sheet: what it says and how it looks on screen and paper. */
interface SheetDescription {
  name: string;
  state: string;
  views: unknown;
  autoFilter: unknown;
  pageSetup: unknown;
  merges: unknown;
  columnWidths: (number | undefined)[];
  rows: { number: number; height: number | undefined; cells: CellDescription[] }[];
}

/**
 * A written workbook as plain data, sheet by sheet in tab order, for
 * comparing two writers' files: how a cell is stored (inline or shared
 * string, zip order, style table order) does not show, only what a reader gets.
 */
export async function describeWorkbook(path: string): Promise<{
  sheets: SheetDescription[];
  definedNames: unknown;
}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = workbook.worksheets.map((sheet): SheetDescription => {
    const rows: SheetDescription["rows"] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: CellDescription[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.push({
          address: cell.address,
          type: cell.type,
          value: cell.value,
          style: JSON.parse(JSON.stringify(cell.style ?? {})),
        });
      });
      rows.push({ number, height: row.height, cells });
    });
    const columnWidths: (number | undefined)[] = [];
    for (let index = 1; index <= sheet.columnCount; index++) columnWidths.push(sheet.getColumn(index).width);
    return {
      name: sheet.name,
      state: sheet.state,
      views: sheet.views,
      autoFilter: sheet.autoFilter,
      pageSetup: sheet.pageSetup,
      merges: Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).sort(),
      columnWidths,
      rows,
    };
  });
  return { sheets, definedNames: workbook.definedNames.model };
}
