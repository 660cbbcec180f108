import { join } from "node:path";
import { writeInputWorkbook } from "@shuangbaodao/excel";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./support";

describe("the workbook path decides nothing itself", () => {
  it("assesses a report to a community the member never lived in (M-REPORT judges it), as every input path does", async () => {
    const path = join(tempDir(), "elsewhere.xlsx");
    await writeInputWorkbook(path, {
      units: [{ id: "U1", name: "市卫健委" }],
      organisations: [{ id: "B1", unitId: "U1", name: "第一支部", kind: "支部" }],
      members: [{ id: "M1", name: "张伟", unitId: "U1", branchId: "B1", inService: true }],
      residences: [
        {
          id: "R1",
          memberId: "M1",
          communityId: "C1",
          communityName: "建设路社区",
          district: "金水区",
          from: "2015-01-01",
        },
      ],
      reports: [{ id: "P1", memberId: "M1", date: "2019-10-18", communityId: "C7" }],
    });
    const result = await cli(["assess", path, "--year", "2019", "--json"]);
    // Not refused as input (the workbook used to refuse it at 报到!D2): the report does not count.
    expect(result.stderr).not.toContain("报到");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).members).toMatchObject({
      total: 1,
      reportedOnTime: 0,
      reportedLate: 0,
      notYetReported: 1,
    });
  }, 60_000);
});
