import { InputError, ISSUES_KEPT, type RecordKind, readSource, readSourceInto } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { workbookRecordSource } from "../src/source/workbookRecordSource";
import { useTempDir } from "./support/tempDir";
import { baseSheets, HEADERS, writeWorkbook } from "./support/writeWorkbook";

const file = useTempDir();

describe("a workbook as the core's record source", () => {
  it("says the core's issues and its own by file, sheet, cell, header and value", async () => {
    const path = file("source.xlsx");
    await writeWorkbook(path, [
      ...baseSheets(),
      {
        name: "志愿服务",
        rows: [
          HEADERS.services,
          ["S1", "M1", "2019-10-18", "C1", 8, "义诊"],
          ["S2", "M1", "2019-13-45", "C1", 8, "义诊"],
          ["S1", "M2", "2019-10-19", "C1", 8, "讲座"],
        ],
      },
      {
        name: "社区走访",
        rows: [
          ["记录编号", "社区编号", "走访日期", "方式"],
          ["CV1", "C1", "2019-12-02", "电话"],
        ],
      },
    ]);
    const source = workbookRecordSource(path);
    const error = await readSource(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    const issues = source.issuesOf(error as InputError);
    expect(
      issues.map((issue) => [issue.kind, issue.file, issue.sheet, issue.cell, issue.column, issue.value]),
    ).toEqual([
      ["bad-date", "source.xlsx", "志愿服务", "C3", "服务日期", "2019-13-45"],
      ["duplicate-id", "source.xlsx", "志愿服务", "A4", "记录编号", "S1"],
    ]);
    expect(issues[1]?.message.zh).toContain('志愿服务记录编号 "S1" 重复（首次出现于 志愿服务!A2）');
    expect(issues[1]?.message.en).toContain('duplicate id "S1" in services (first at 志愿服务!A2)');
    // A register the core does not read is counted, not handed over (the core would refuse its kind).
    expect(source.unused).toEqual(new Map([["communityVisits", 1]]));
  });

  it("checks each row's record once: with the core's own check, which the core's read then trusts", async () => {
    const path = file("once.xlsx");
    await writeWorkbook(path, [
      ...baseSheets(),
      { name: "志愿服务", rows: [HEADERS.services, ["S1", "M1", "2019-10-18", "C1", 8, "义诊"]] },
    ]);
    const read: [RecordKind, unknown][] = [];
    await readSourceInto(workbookRecordSource(path), (kind, record) => read.push([kind, record]));
    expect(read.map(([kind]) => kind)).toEqual([
      "units",
      "organisations",
      "members",
      "members",
      "residences",
      "residences",
      "services",
    ]);
    // Only the core's `checkRecord` freezes what passed, and a record checked again would be a new, unfrozen one.
    for (const [kind, record] of read) expect([kind, Object.isFrozen(record)]).toEqual([kind, true]);
  });

  it("keeps the first thousand problems whole and counts the rest by sheet and column, its own and the core's", async () => {
    // Regression: every problem was kept (in four copies) until the end; a 65 MB workbook with a bad
    // date in each of 478,200 rows took 863 MB to refuse, and an upload would be answered with all.
    const path = file("many.xlsx");
    const services = Array.from({ length: 1_500 }, (_, i) => [`S${i}`, "M1", "2019-13-45", "C1", 8, "义诊"]);
    const unknownMembers = Array.from({ length: 1_200 }, (_, i) => [
      `T${i}`,
      "M-none",
      "2019-10-18",
      "C1",
      8,
      "义诊",
    ]);
    await writeWorkbook(path, [
      ...baseSheets(),
      { name: "志愿服务", rows: [HEADERS.services, ...services, ...unknownMembers] },
    ]);
    const source = workbookRecordSource(path);
    const error = (await readSource(source).catch((caught: unknown) => caught)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(source.issues).toHaveLength(ISSUES_KEPT);
    expect(source.unreadable?.()).toHaveLength(ISSUES_KEPT);
    expect(error.issues).toHaveLength(ISSUES_KEPT);
    expect(error.issueCount).toBe(2_700);
    const issues = source.issuesOf(error);
    expect(issues).toHaveLength(ISSUES_KEPT);
    expect(issues.at(-1)?.cell).toBe(`C${ISSUES_KEPT + 1}`);
    expect(source.omittedOf(error)).toEqual([
      { kind: "unknown-reference", sheet: "志愿服务", columnLetters: "B", column: "党员编号", count: 1_200 },
      { kind: "bad-date", sheet: "志愿服务", columnLetters: "C", column: "服务日期", count: 500 },
    ]);
  });
});
