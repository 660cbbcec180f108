import { describe, expect, it } from "vitest";
import { importWorkbook } from "../src/import/importWorkbook";
import { useTempDir } from "./support/tempDir";
import { HEADERS, type TestSheet, writeWorkbook } from "./support/writeWorkbook";

const file = useTempDir();
let counter = 0;

const units: TestSheet = {
  name: "单位",
  rows: [HEADERS.units, ["U1", "市卫健委"], ["U2", "疾控中心", "U1"]],
};

async function importSheets(sheets: TestSheet[]) {
  const path = file(`unit-${++counter}.xlsx`);
  await writeWorkbook(path, sheets);
  return importWorkbook(path, { mode: "collect" });
}

describe("unit-programme sheets", () => {
  it("reads a list from its rows, one entry per row, rows of one list sharing its ID", async () => {
    const result = await importSheets([
      units,
      {
        name: "三个清单",
        rows: [
          HEADERS.lists,
          ["L1", "U1", "项目清单", "2019-10-20", "社区义诊", "2019-10-25"],
          ["L2", "U1", "需求清单", "2019-10-20"],
          ["L1", "U1", "projects", "2019/10/20", "健康讲座"],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.lists).toEqual([
      {
        id: "L1",
        unitId: "U1",
        kind: "projects",
        date: "2019-10-20",
        items: [{ title: "社区义诊", agreementDate: "2019-10-25" }, { title: "健康讲座" }],
      },
      { id: "L2", unitId: "U1", kind: "needs", date: "2019-10-20", items: [] },
    ]);
  });

  it("reports a row of a list that disagrees with the list's first row", async () => {
    const result = await importSheets([
      units,
      {
        name: "三个清单",
        rows: [
          HEADERS.lists,
          ["L1", "U1", "项目清单", "2019-10-20", "社区义诊"],
          ["L1", "U1", "资源清单", "2019-10-20", "健康讲座"],
        ],
      },
    ]);
    expect(result.issues.map((i) => [i.kind, i.sheet, i.cell, i.value])).toEqual([
      ["conflicting-row", "三个清单", "C3", "资源清单"],
    ]);
    expect(result.issues[0]?.expected.en).toBe("the same as 三个清单!C2, the first row with this ID");
    expect(result.records.lists[0]?.items).toEqual([{ title: "社区义诊" }]);
  });

  it("reads the 党建云 columns of an activity into its online record, and locates their errors", async () => {
    const headers = [
      "活动编号",
      "单位编号",
      "活动类别",
      "活动日期",
      "已签字盖章",
      "参加人员",
      "党建云所记活动日期",
      "党建云所记活动类别",
      "党建云有图片",
      "党建云有文字",
    ];
    const result = await importSheets([
      units,
      {
        name: "共建活动",
        rows: [
          headers,
          [
            "ACT1",
            "U1",
            "志愿服务活动",
            "2019-10-12",
            "是",
            "张伟、李娜",
            "2019-10-12",
            "志愿服务活动",
            "是",
            "是",
          ],
          ["ACT2", "U1", "联合主题党日", "2019-11-12", "否"],
          ["ACT3", "U1", "党建联席会议", "2019-12-12", "是", undefined, "2019-12-12", "joint-meeting", "是"],
        ],
      },
    ]);
    expect(result.records.activities.map((a) => [a.id, a.participants, a.online])).toEqual([
      [
        "ACT1",
        ["张伟", "李娜"],
        { activityDate: "2019-10-12", kind: "volunteer-service", hasPicture: true, hasText: true },
      ],
      ["ACT2", [], undefined],
    ]);
    expect(result.issues.map((i) => [i.kind, i.cell, i.column])).toEqual([
      ["missing-value", "J4", "党建云有文字"],
    ]);
  });

  it("reports a second scope record for a unit, a loop in the unit tree and an unknown street report", async () => {
    const result = await importSheets([
      {
        name: "单位",
        rows: [HEADERS.units, ["U1", "市卫健委"], ["U2", "疾控中心", "U3"], ["U3", "妇幼保健院", "U2"]],
      },
      {
        name: "单位纳入范围",
        rows: [
          ["记录编号", "单位编号", "纳入范围日期"],
          ["SC1", "U1", "2019-12-01"],
          ["SC2", "U1", "2020-01-01"],
        ],
      },
      {
        name: "回执联",
        rows: [
          ["记录编号", "单位编号", "街道报到记录编号", "交回日期"],
          ["RC1", "U1", "SR9", "2019-10-18"],
        ],
      },
      {
        name: "向街道报到",
        rows: [
          ["记录编号", "单位编号", "街道编号", "报到日期"],
          ["SR1", "U1", "ST1", "2019-10-10"],
        ],
      },
    ]);
    // The core's order: by kind (units first), then by record.
    expect(result.issues.map((i) => [i.kind, i.sheet, i.cell, i.value])).toEqual([
      ["reference-cycle", "单位", "C3", "U3"],
      ["reference-cycle", "单位", "C4", "U2"],
      ["duplicate-value", "单位纳入范围", "B3", "U1"],
      ["unknown-reference", "回执联", "C2", "SR9"],
    ]);
    expect(result.issues[0]?.message.en).toContain('the unit hierarchy has a cycle through "U2"');
    expect(result.issues[0]?.message.zh).toContain("单位上下级关系成环");
  });

  it("requires the investigation status of an inquiry answer that reports a problem", async () => {
    const result = await importSheets([
      units,
      {
        name: "征询单回复",
        rows: [
          ["记录编号", "单位编号", "年度", "回复方", "回复方编号", "回复日期", "是否反映问题", "核查状态"],
          ["Q1", "U1", 2019, "社区", "C1", "2019-12-20", "否"],
          ["Q2", "U1", 2019, "街道", "ST1", "2019-12-21", "是"],
        ],
      },
    ]);
    expect(result.issues.map((i) => [i.kind, i.cell])).toEqual([["invalid-value", "H3"]]);
    expect(result.records.inquiryAnswers.map((a) => a.id)).toEqual(["Q1"]);
  });
});
