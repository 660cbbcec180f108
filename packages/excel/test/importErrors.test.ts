import { AuditDataset, assessDataset, getEdition, validate } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import type { ImportIssue } from "../src/import/importIssue";
import { importWorkbook, importWorkbookOrThrow, WorkbookImportError } from "../src/import/importWorkbook";
import { useTempDir } from "./support/tempDir";
import { baseSheets, HEADERS, type TestSheet, writeWorkbook } from "./support/writeWorkbook";

const file = useTempDir();
let counter = 0;

/** Writes the base organisation, with sheets of the same name replaced by `extra`, and imports it collecting. */
async function importWith(extra: TestSheet[]) {
  const name = `case-${++counter}.xlsx`;
  const base = baseSheets().filter((sheet) => !extra.some((replacement) => replacement.name === sheet.name));
  await writeWorkbook(file(name), [...base, ...extra]);
  return { name, result: await importWorkbook(file(name), { mode: "collect" }) };
}

function only(issues: readonly ImportIssue[]): ImportIssue {
  expect(issues.map((issue) => issue.message.en)).toHaveLength(1);
  return issues[0] as ImportIssue;
}

const service = (id: string, memberId: string, date: unknown, content: unknown = "义诊") => [
  id,
  memberId,
  date,
  "C1",
  8,
  content,
];

describe("cell-level import errors", () => {
  it("reports a bad date with its cell, the value found and the forms expected", async () => {
    const { name, result } = await importWith([
      {
        name: "志愿服务",
        rows: [HEADERS.services, service("S1", "M1", "2019-10-18"), service("S2", "M1", "2019-13-45")],
      },
    ]);
    const issue = only(result.issues);
    expect(issue).toMatchObject({
      kind: "bad-date",
      file: name,
      sheet: "志愿服务",
      cell: "C3",
      column: "服务日期",
      value: "2019-13-45",
    });
    expect(issue.message.zh).toBe(
      `文件 ${name} 工作表「志愿服务」 单元格 C3（服务日期）：值「2019-13-45」，不是有效日期；应为：日期，如 2019-10-18、2019/10/18、2019.10.18 或 2019年10月18日。`,
    );
    expect(issue.message.en).toBe(
      `${name}, sheet "志愿服务", cell C3 (服务日期): found "2019-13-45"; not a valid date; expected a date such as 2019-10-18, 2019/10/18, 2019.10.18 or 2019年10月18日.`,
    );
    expect(result.records.services.map((s) => s.id)).toEqual(["S1"]);
  });

  it("gives every issue of a row its fields in one order, as JSON writes them (the cell's column last)", async () => {
    const { result } = await importWith([
      {
        name: "志愿服务",
        rows: [HEADERS.services, service("S2", "M1", "2019-13-45"), service("S3", "", "2019-10-18")],
      },
    ]);
    expect(result.issues.map((issue) => issue.kind)).toEqual(["bad-date", "missing-value"]);
    for (const issue of result.issues)
      expect(Object.keys(issue)).toEqual([
        "kind",
        "file",
        "sheet",
        "cell",
        "value",
        "expected",
        "problem",
        "column",
        "message",
      ]);
  });

  it("reports a value that is not one of a coded column's options", async () => {
    const { result } = await importWith([
      {
        name: "党组织",
        rows: [HEADERS.organisations, ["B1", "U1", "第一支部", "支部"], ["B2", "U1", "第二支部", "小组"]],
      },
    ]);
    const issue = only(result.issues);
    expect(issue).toMatchObject({ kind: "unknown-option", sheet: "党组织", cell: "D3", value: "小组" });
    expect(issue.expected.zh).toBe("下列之一：机关党委、党委、总支、支部");
    expect(issue.message.en).toContain("not one of the allowed values");
  });

  it("reports a missing required column once, at the header row", async () => {
    const headers = HEADERS.services.filter((header) => header !== "社区编号");
    const { result } = await importWith([
      { name: "志愿服务", rows: [headers, ["S1", "M1", "2019-10-18", 8, "义诊"]] },
    ]);
    const issue = only(result.issues);
    expect(issue).toMatchObject({
      kind: "missing-column",
      sheet: "志愿服务",
      cell: "A1:E1",
      column: "社区编号",
    });
    expect(issue.message.zh).toContain("缺少必填列「社区编号」");
    expect(issue.message.en).toContain('the required column "社区编号" is missing');
    expect(result.records.services).toEqual([]);
  });

  it("reports an empty required cell as a missing value", async () => {
    const { result } = await importWith([
      { name: "志愿服务", rows: [HEADERS.services, ["S1", "M1", "2019-10-18", "   ", 8, "义诊"]] },
    ]);
    expect(only(result.issues)).toMatchObject({ kind: "missing-value", cell: "D2", value: "" });
  });

  it("reports a record of an unknown member at its member ID cell", async () => {
    const { result } = await importWith([
      {
        name: "志愿服务",
        rows: [HEADERS.services, service("S1", "M1", "2019-10-18"), service("S2", "M9", "2019-10-19")],
      },
    ]);
    const issue = only(result.issues);
    expect(issue).toMatchObject({ kind: "unknown-reference", sheet: "志愿服务", cell: "B3", value: "M9" });
    // The core's words (the check every input path shares), at the workbook's cell.
    expect(issue.message.zh).toContain('所指党员 "M9" 不存在；应为：「党员」表中已有的编号');
    expect(issue.message.en).toContain('names unknown member "M9"; expected an ID on the "Members" sheet');
    expect(result.records.services.map((s) => s.id)).toEqual(["S1"]);
  });

  it("reports a member of an unknown unit or branch", async () => {
    const { result } = await importWith([
      {
        name: "党员",
        rows: [HEADERS.members, ["M1", "张伟", "U1", "B1", "是"], ["M2", "李娜", "U9", "B9", "是"]],
      },
    ]);
    // In the core's order: by record, then by field (branchId before unitId).
    expect(result.issues.map((i) => [i.kind, i.sheet, i.cell, i.value])).toEqual([
      ["unknown-reference", "党员", "D3", "B9"],
      ["unknown-reference", "党员", "C3", "U9"],
    ]);
  });

  it("reports duplicate IDs at the later row, naming the first", async () => {
    const { result } = await importWith([
      {
        name: "志愿服务",
        rows: [HEADERS.services, service("S1", "M1", "2019-10-18"), service("S1", "M2", "2019-10-19")],
      },
    ]);
    const issue = only(result.issues);
    expect(issue).toMatchObject({ kind: "duplicate-id", sheet: "志愿服务", cell: "A3", value: "S1" });
    expect(issue.message.zh).toContain('志愿服务记录编号 "S1" 重复（首次出现于 志愿服务!A2）');
    expect(issue.message.en).toContain('duplicate id "S1" in services (first at 志愿服务!A2)');
  });

  it("imports a report to a community the member never lived in, for M-REPORT to judge as every path does", async () => {
    const { result } = await importWith([
      {
        name: "报到",
        rows: [HEADERS.reports, ["P1", "M1", "2019-10-18", "C1"], ["P2", "M2", "2019-10-20", "C7"]],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.reports.map((report) => [report.id, report.communityId])).toEqual([
      ["P1", "C1"],
      ["P2", "C7"],
    ]);
    const { communityVisits, findings, ...records } = result.records;
    const assessed = assessDataset(validate(AuditDataset, records), getEdition("zhengzhou-2019"), {
      year: 2019,
    });
    const verdict = assessed.members
      .find((member) => member.memberId === "M2")
      ?.verdicts.find((candidate) => candidate.ruleId === "M-REPORT");
    // No report to where M2 lived (C1): unmet, the report to C7 excluded as not the residence community.
    expect(verdict).toMatchObject({
      status: "unmet",
      reason: "missing",
      excluded: [{ recordId: "P2", reason: "not-residence-community" }],
    });
  });

  it("says a member row's own problem once: its services are not also reported as of an unknown member", async () => {
    const { result } = await importWith([
      {
        name: "党员",
        rows: [HEADERS.members, ["M1", "张伟", "U1", "B1", "是"], ["M2", "李娜", "U1", "B1", "也许"]],
      },
      {
        name: "志愿服务",
        rows: [HEADERS.services, service("S1", "M1", "2019-10-18"), service("S2", "M2", "2019-10-19")],
      },
    ]);
    expect(result.issues.map((i) => [i.kind, i.sheet, i.cell])).toEqual([["bad-boolean", "党员", "E3"]]);
  });

  it("checks members' branches only when the 党组织 sheet has any, as the core does for every input path", async () => {
    const { result } = await importWith([{ name: "党组织", rows: [HEADERS.organisations] }]);
    // An empty 党组织 sheet is no organisations given: branch B1 is not checked (the workbook used to refuse it).
    expect(result.issues).toEqual([]);
    expect(result.records.members.map((member) => member.branchId)).toEqual(["B1", "B1"]);
  });

  it("imports a member with a blank branch cell as a member without a branch, counted on the unit's no-branch line", async () => {
    const { result } = await importWith([
      {
        name: "党员",
        rows: [HEADERS.members, ["M1", "张伟", "U1", "B1", "是"], ["M2", "李娜", "U1", "  ", "是"]],
      },
    ]);
    expect(result.issues).toEqual([]);
    const [withBranch, withoutBranch] = result.records.members;
    expect(withBranch?.branchId).toBe("B1");
    expect(withoutBranch).not.toHaveProperty("branchId");
    const { communityVisits, findings, ...records } = result.records;
    const { statistics } = assessDataset(validate(AuditDataset, records), getEdition("zhengzhou-2019"), {
      year: 2019,
    });
    // Both members are in scope (no report yet): each is counted once on a branch line under U1.
    expect(statistics.rows.map((row) => [row.level, row.branchId, row.name, row.memberIds])).toEqual([
      ["unit", null, "市卫健委", ["M1", "M2"]],
      ["branch", "B1", "第一支部", ["M1"]],
      ["branch", null, "（未分支部）/ no branch", ["M2"]],
    ]);
  });

  it("reports an attendance at an unknown event", async () => {
    const { result } = await importWith([
      {
        name: "社区活动",
        rows: [HEADERS.events, ["E1", "C1", "2019-11-30", "居委会、业委会选举", "换届选举"]],
      },
      { name: "活动参加", rows: [HEADERS.attendances, ["A1", "E1", "M1"], ["A2", "E7", "M1"]] },
    ]);
    expect(only(result.issues)).toMatchObject({
      kind: "unknown-reference",
      sheet: "活动参加",
      cell: "B3",
      value: "E7",
    });
  });

  it("reads spot-check visits and reports a visit of an unknown member", async () => {
    const { result } = await importWith([
      {
        name: "党员走访",
        rows: [
          ["记录编号", "党员编号", "走访日期", "方式"],
          ["V1", "M1", "2019-12-02", "实地走访"],
          ["V2", "M7", "2019-12-03", "电话"],
        ],
      },
    ]);
    expect(only(result.issues)).toMatchObject({
      kind: "unknown-reference",
      sheet: "党员走访",
      cell: "B3",
      value: "M7",
    });
    expect(result.records.visits).toEqual([
      { id: "V1", memberId: "M1", date: "2019-12-02", kind: "field-visit" },
    ]);
  });

  it("reports bad yes/no values, bad whole numbers and a post 15 without its description", async () => {
    const { result } = await importWith([
      {
        name: "党员",
        rows: [HEADERS.members, ["M1", "张伟", "U1", "B1", "也许"], ["M2", "李娜", "U1", "B1", "是"]],
      },
      {
        name: "年度自述",
        rows: [
          ["记录编号", "党员编号", "年度", "已向党组织报告", "已在组织生活会说明"],
          ["SR1", "M2", "二〇一九", "是", "否"],
        ],
      },
      {
        name: "认领岗位",
        rows: [
          ["记录编号", "党员编号", "岗位代码", "其他岗位说明"],
          ["PC1", "M2", 15],
        ],
      },
    ]);
    expect(result.issues.map((i) => [i.kind, i.sheet, i.cell])).toEqual([
      ["bad-boolean", "党员", "E2"],
      ["bad-integer", "年度自述", "C2"],
      ["invalid-value", "认领岗位", "D2"],
    ]);
    expect(result.issues[2]?.message.en).toContain("post 15 (其他) needs a description of the post");
  });

  it("reports a formula that failed as an error cell, showing the formula", async () => {
    const { result } = await importWith([
      {
        name: "志愿服务",
        rows: [
          HEADERS.services,
          service("S1", "M1", "2019-10-18", { formula: "督导", result: { error: "#NAME?" } }),
        ],
      },
    ]);
    expect(only(result.issues)).toMatchObject({ kind: "error-cell", cell: "F2", value: "=督导" });
  });

  it("reads a formula that worked by its result", async () => {
    const { result } = await importWith([
      {
        name: "志愿服务",
        rows: [HEADERS.services, service("S1", "M1", { formula: "DATE(2019,10,18)", result: 43756 }, "义诊")],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.services[0]?.date).toBe("2019-10-18");
  });

  it("reports a sheet whose header row cannot be found", async () => {
    const { result } = await importWith([
      { name: "志愿服务", rows: [["服务记录"], ["S1", "M1", "2019-10-18"]] },
    ]);
    expect(only(result.issues)).toMatchObject({ kind: "header-not-found", sheet: "志愿服务" });
  });

  it("reports a file that is not a workbook", async () => {
    const result = await importWorkbook(Buffer.from("not a zip file at all"), { fileName: "notes.txt" });
    expect(result.ok).toBe(false);
    expect(only(result.issues)).toMatchObject({ kind: "text-file", file: "notes.txt", sheet: "" });
  });
});

describe("all-or-nothing and collect modes", () => {
  const sheets = (): TestSheet[] => [
    ...baseSheets(),
    {
      name: "志愿服务",
      rows: [
        HEADERS.services,
        service("S1", "M1", "2019-10-18"),
        service("S2", "M1", "2019/10/32"),
        service("S3", "M2", "2019-11-02"),
        service("S4", "M8", "2019-11-03"),
      ],
    },
  ];

  it("returns no records at all when any row has an error, with every error listed", async () => {
    await writeWorkbook(file("mixed.xlsx"), sheets());
    const result = await importWorkbook(file("mixed.xlsx"));
    expect(result.ok).toBe(false);
    expect(result.records).toBeUndefined();
    expect(result.issues.map((issue) => issue.cell)).toEqual(["C3", "B5"]);
  });

  it("throws the full list from importWorkbookOrThrow", async () => {
    await writeWorkbook(file("mixed-throw.xlsx"), sheets());
    const error = await importWorkbookOrThrow(file("mixed-throw.xlsx")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookImportError);
    expect((error as WorkbookImportError).issues).toHaveLength(2);
  });

  it("in collect mode returns the valid rows and the same errors", async () => {
    await writeWorkbook(file("mixed-collect.xlsx"), sheets());
    const result = await importWorkbook(file("mixed-collect.xlsx"), { mode: "collect" });
    expect(result.ok).toBe(false);
    expect(result.records.services.map((s) => s.id)).toEqual(["S1", "S3"]);
    expect(result.records.members.map((m) => m.id)).toEqual(["M1", "M2"]);
    expect(result.issues.map((issue) => issue.cell)).toEqual(["C3", "B5"]);
  });

  it("returns the records when there is no error", async () => {
    await writeWorkbook(file("clean.xlsx"), baseSheets());
    const result = await importWorkbook(file("clean.xlsx"));
    expect(result.ok).toBe(true);
    expect(result.records?.members).toHaveLength(2);
  });
});
