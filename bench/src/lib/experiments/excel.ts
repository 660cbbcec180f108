import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { getEdition } from "../../../../packages/core/src/editions/registry";
import { assessMembers } from "../../../../packages/core/src/member/assessMembers";
import type { Verdict } from "../../../../packages/core/src/model/verdict";
import {
  importWorkbook,
  importWorkbookRecords,
  writeInputWorkbook,
  writeReportWorkbook,
} from "../../../../packages/excel/src/index";
import { MEMBER_PROGRAMME_SHEETS } from "../../../../packages/excel/src/spec/memberProgrammeSheets";
import { memberPool, memberRecordsAt } from "../memberData";
import { now, peakRssMb } from "../stats";

const SERVICES_SHEET = MEMBER_PROGRAMME_SHEETS.find((spec) => spec.key === "services");

export interface WorkbookFileOptions {
  rows: number;
  path: string;
}

/** Writes the input workbook the import reads: one services sheet of `rows` services of the benchmark members. */
export async function makeServicesWorkbook(options: WorkbookFileOptions) {
  const { rows, path } = options;
  if (!SERVICES_SHEET) throw new Error("no services sheet spec");
  const pool = memberPool();
  const services: unknown[] = [];
  for (let i = 0; services.length < rows; i++) {
    for (const service of memberRecordsAt(pool, i).services)
      if (services.length < rows) services.push(service);
  }
  mkdirSync(dirname(path), { recursive: true });
  const start = now();
  await writeInputWorkbook(path, { services }, { sheets: [SERVICES_SHEET] });
  return { rows, path, seconds: (now() - start) / 1000, bytes: statSync(path).size, peakRssMb: peakRssMb() };
}

/** The library's streaming import of the workbook: every row read, validated and checked, records kept. */
export async function importServices(options: { path: string }) {
  const start = now();
  const result = await importWorkbook(options.path, { mode: "collect" });
  const seconds = (now() - start) / 1000;
  return {
    rows: result.records.services.length,
    issues: result.issues.length,
    seconds,
    rowsPerSecond: result.records.services.length / seconds,
    peakRssMb: peakRssMb(),
  };
}

/**
 * The library's streaming import of the same file: every row read, validated
 * and checked as by `importServices`, each record counted as it comes and
 * dropped (the checks across records keep their compact keys to the end).
 */
export async function streamServices(options: { path: string }) {
  const start = now();
  let rows = 0;
  let issues = 0;
  for await (const event of importWorkbookRecords(options.path)) {
    if (event.type === "record") rows++;
    else if (event.type === "issue") issues++;
  }
  const seconds = (now() - start) / 1000;
  return { rows, issues, seconds, rowsPerSecond: rows / seconds, peakRssMb: peakRssMb() };
}

/**
 * exceljs's own streaming read of the same file, bare: its `WorkbookReader`
 * with shared strings cached, every row of every sheet taken as `row.values`,
 * nothing validated or kept.
 */
export async function exceljsBareRead(options: { path: string }) {
  const start = now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(options.path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let rows = 0;
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      rows++;
      cells += (row.values as unknown[]).length;
    }
  }
  const seconds = (now() - start) / 1000;
  return { rows, cells, seconds, rowsPerSecond: rows / seconds, peakRssMb: peakRssMb() };
}

/**
 * The report for N members: a summary sheet and one row per verdict
 * (subject, rule, status, reason, citation, explanations, record IDs, fix),
 * streamed from `assessMembers` into the streaming writer.
 */
export async function exportReport(options: { members: number; path: string }) {
  const { members, path } = options;
  const edition = getEdition("zhengzhou-2019");
  const pool = memberPool();
  mkdirSync(dirname(path), { recursive: true });
  let rows = 0;
  function* verdicts(): Generator<Verdict> {
    const source = (function* () {
      for (let i = 0; i < members; i++) yield memberRecordsAt(pool, i);
    })();
    for (const assessment of assessMembers(source, edition, { year: 2019 })) {
      for (const verdict of assessment.verdicts) {
        rows++;
        yield verdict;
      }
    }
  }
  const start = now();
  await writeReportWorkbook(path, {
    summary: {
      title: { zh: "双报到年度报告（基准测试）", en: "Dual reporting annual report (benchmark)" },
      facts: [
        { label: { zh: "年度", en: "Year" }, value: 2019 },
        { label: { zh: "版本", en: "Edition" }, value: edition.id },
        { label: { zh: "党员人数", en: "Members" }, value: members },
      ],
    },
    verdicts: verdicts(),
  });
  const seconds = (now() - start) / 1000;
  return {
    members,
    verdictRows: rows,
    seconds,
    membersPerSecond: members / seconds,
    bytes: statSync(path).size,
    peakRssMb: peakRssMb(),
  };
}
