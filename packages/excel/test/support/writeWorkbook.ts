import ExcelJS from "exceljs";

/** A sheet to write in a test: rows of cell values from A1 on, and ranges to merge. */
export interface TestSheet {
  name: string;
  rows: readonly (readonly unknown[])[];
  merges?: readonly string[];
  /** Number formats by A1 reference (e.g. `General` for a serial number). */
  numFmts?: Readonly<Record<string, string>>;
}

/** Writes a workbook the way a person's file looks, with exceljs's in-memory writer. */
export async function writeWorkbook(path: string, sheets: readonly TestSheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((values, index) => {
      const row = sheet.getRow(index + 1);
      values.forEach((value, column) => {
        if (value !== undefined) row.getCell(column + 1).value = value as ExcelJS.CellValue;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const [ref, numFmt] of Object.entries(spec.numFmts ?? {})) sheet.getCell(ref).numFmt = numFmt;
  }
  await workbook.xlsx.writeFile(path);
}

/** The header row of a sheet in the Chinese names the template uses. */
export const HEADERS = {
  units: ["单位编号", "单位名称", "上级单位编号"],
  organisations: ["党组织编号", "单位编号", "党组织名称", "类别", "上级党组织编号"],
  members: ["党员编号", "姓名", "单位编号", "支部编号", "是否在职"],
  residences: ["记录编号", "党员编号", "社区编号", "社区名称", "县(市)区", "起始日期"],
  reports: ["记录编号", "党员编号", "报到日期", "社区编号"],
  services: ["记录编号", "党员编号", "服务日期", "社区编号", "岗位代码", "服务内容"],
  events: ["活动编号", "社区编号", "活动日期", "活动类别", "活动名称"],
  attendances: ["记录编号", "活动编号", "党员编号"],
  lists: ["清单编号", "单位编号", "清单类别", "清单日期", "事项", "项目协议日期"],
} as const;

/** A minimal consistent organisation: unit U1, branch B1, members M1 and M2 living in C1. */
export function baseSheets(): TestSheet[] {
  return [
    { name: "单位", rows: [HEADERS.units, ["U1", "市卫健委"]] },
    { name: "党组织", rows: [HEADERS.organisations, ["B1", "U1", "第一支部", "支部"]] },
    {
      name: "党员",
      rows: [HEADERS.members, ["M1", "张伟", "U1", "B1", "是"], ["M2", "李娜", "U1", "B1", "是"]],
    },
    {
      name: "居住地",
      rows: [
        HEADERS.residences,
        ["R1", "M1", "C1", "建设路社区", "金水区", "2015-01-01"],
        ["R2", "M2", "C1", "建设路社区", "金水区", "2016-01-01"],
      ],
    },
  ];
}
