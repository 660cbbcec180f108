import { readdirSync, readlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ImportEvent } from "../src/import/importEvent";
import type { ImportIssue, ImportNotice } from "../src/import/importIssue";
import { importWorkbook } from "../src/import/importWorkbook";
import { importWorkbookRecords } from "../src/import/importWorkbookRecords";
import { ZipArchive } from "../src/import/zipArchive";
import { useTempDir } from "./support/tempDir";
import { baseSheets, HEADERS, writeWorkbook } from "./support/writeWorkbook";

const file = useTempDir();
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** A workbook with a problem of every sort: cell errors, duplicates, unknown references, a loop, a conflicting list row. */
async function troubledWorkbook(): Promise<string> {
  const path = file("troubled.xlsx");
  const [, organisations, members, residences] = baseSheets();
  await writeWorkbook(path, [
    // The services come before the members they point to: references can only be checked at the end.
    {
      name: "志愿服务",
      rows: [
        HEADERS.services,
        ["S1", "M1", "2019-10-18", "C1", 8, "义诊"],
        ["S2", "M1", "2019-13-45", "C1", 8, "义诊"],
        ["S1", "M2", "2019-10-19", "C1", 8, "讲座"],
        ["S3", "M9", "2019-10-20", "C1", 8, "讲座"],
        ["S4", "M2", "2019-10-21", "C1", 8, "巡逻"],
      ],
    },
    {
      name: "单位",
      rows: [HEADERS.units, ["U1", "市卫健委"], ["U2", "疾控中心", "U3"], ["U3", "卫生监督所", "U2"]],
    },
    organisations as NonNullable<typeof organisations>,
    members as NonNullable<typeof members>,
    residences as NonNullable<typeof residences>,
    {
      name: "报到",
      rows: [HEADERS.reports, ["P1", "M1", "2019-10-20", "C1"], ["P2", "M2", "2019-10-21", "C7"]],
    },
    {
      name: "三个清单",
      rows: [
        HEADERS.lists,
        ["L1", "U1", "项目清单", "2019-10-20", "社区义诊", "2019-10-25"],
        ["L2", "U1", "需求清单", "2019-10-20"],
        ["L1", "U1", "资源清单", "2019-10-20", "健康讲座"],
        ["L1", "U1", "项目清单", "2019-10-20", "健康讲座"],
      ],
    },
    { name: "备忘", rows: [["not a record sheet"]] },
  ]);
  return path;
}

/** Streams a workbook and gathers what it hands out: the records that passed their rows, the rows' issues, the notices. */
async function gather(path: string) {
  const events: ImportEvent[] = [];
  for await (const event of importWorkbookRecords(path)) events.push(event);
  const records: Record<string, unknown[]> = {};
  for (const event of events) {
    if (event.type !== "record") continue;
    records[event.key] = [...(records[event.key] ?? []), event.record];
  }
  const issues: ImportIssue[] = events.flatMap((event) => (event.type === "issue" ? [event.issue] : []));
  const notices: ImportNotice[] = events.flatMap((event) => (event.type === "notice" ? [event.notice] : []));
  return { events, records, issues, notices };
}

const withoutEmptyKinds = (records: object) =>
  Object.fromEntries(Object.entries(records).filter(([, list]) => (list as unknown[]).length > 0));

describe("the streaming import", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([["libreoffice-input.xlsx"]])(
    "hands out the records importWorkbook returns for %s",
    async (name) => {
      const streamed = await gather(fixture(name));
      const imported = await importWorkbook(fixture(name), { mode: "collect" });
      expect(streamed.records).toEqual(withoutEmptyKinds(imported.records));
      expect(streamed.issues).toEqual([]);
      expect(streamed.notices).toEqual(imported.notices);
    },
  );

  it("hands out each row's own problems; importWorkbook adds the core's checks across sheets, by sheet and cell", async () => {
    const path = await troubledWorkbook();
    const streamed = await gather(path);
    const imported = await importWorkbook(path, { mode: "collect" });
    const said = (issues: readonly ImportIssue[]) =>
      issues.map((issue) => [issue.kind, issue.sheet, issue.cell, issue.value]);
    expect(said(streamed.issues)).toEqual([
      ["bad-date", "志愿服务", "C3", "2019-13-45"],
      ["conflicting-row", "三个清单", "C4", "资源清单"],
    ]);
    expect(streamed.notices).toEqual(imported.notices);
    // The core's order: by kind (units before services), then by record. A report to community C7, where M2
    // never lived, is no input error: the core judges it in M-REPORT (not-residence-community).
    expect(said(imported.issues)).toEqual([
      ...said(streamed.issues),
      ["reference-cycle", "单位", "C3", "U3"],
      ["reference-cycle", "单位", "C4", "U2"],
      ["duplicate-id", "志愿服务", "A4", "S1"],
      ["unknown-reference", "志愿服务", "B5", "M9"],
    ]);
    expect(imported.issues.find((issue) => issue.kind === "duplicate-id")?.message).toEqual({
      zh: expect.stringContaining("志愿服务!A2"),
      en: expect.stringContaining("志愿服务!A2"),
    });
    expect(imported.records.reports.map((report) => report.id)).toEqual(["P1", "P2"]);
  });

  it("hands each record out as its row is read; importWorkbook leaves out the ones the core's checks reject", async () => {
    const path = await troubledWorkbook();
    const { events } = await gather(path);
    const services = events.flatMap((event) =>
      event.type === "record" && event.key === "services" ? [[event.record.id, event.sheet, event.row]] : [],
    );
    // S2 failed its own row and never came; the duplicate S1 and S3 (unknown member) came.
    expect(services).toEqual([
      ["S1", "志愿服务", 2],
      ["S1", "志愿服务", 4],
      ["S3", "志愿服务", 5],
      ["S4", "志愿服务", 6],
    ]);
    const imported = await importWorkbook(path, { mode: "collect" });
    expect(imported.records.services.map((service) => [service.id, service.memberId])).toEqual([
      ["S1", "M1"],
      ["S4", "M2"],
    ]);
    expect(imported.records.units.map((unit) => unit.id)).toEqual(["U1"]);
    // The list L1 spans rows 2 and 5 (row 4 conflicts): it comes whole, after every sheet is read.
    const list = events.find((event) => event.type === "record" && event.key === "lists");
    expect(list).toMatchObject({ sheet: "三个清单", row: 2, record: { id: "L1" } });
    expect((list as { record: { items: unknown[] } }).record.items).toHaveLength(2);
  });

  it("closes the file when the loop is left early", async () => {
    const path = await troubledWorkbook();
    const close = vi.spyOn(ZipArchive.prototype, "close");
    const seen: ImportEvent[] = [];
    for await (const event of importWorkbookRecords(path)) {
      seen.push(event);
      if (event.type === "record") break;
    }
    expect(seen.at(-1)).toMatchObject({ type: "record", key: "services", row: 2 });
    expect(close).toHaveBeenCalledTimes(1);
    await close.mock.results[0]?.value;
    if (process.platform === "linux") {
      const open = readdirSync("/proc/self/fd").flatMap((fd) => {
        try {
          return [readlinkSync(`/proc/self/fd/${fd}`)];
        } catch {
          return [];
        }
      });
      expect(open).not.toContain(path);
    }
  });

  it("reports a file that is not a workbook as one issue", async () => {
    const path = file("not-a-workbook.xlsx");
    writeFileSync(path, "名单 list\n");
    const { events } = await gather(path);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "issue", issue: { kind: "text-file" } });
  });
});
