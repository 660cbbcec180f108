import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE_DRAW, exampleCopy } from "./support";

describe("sample commands refuse what would give an empty or meaningless sample", () => {
  it("a unit the workbook does not have is refused (exit 1), naming the units it has", async () => {
    const result = await cli([...EXAMPLE_DRAW, "--unit", "u-nope"], { cwd: exampleCopy() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("工作簿中没有单位 u-nope");
    expect(result.stderr).toContain("the workbook has no unit u-nope");
    expect(result.stderr).toContain("u-cdc 郑州市疾病预防控制中心");
    expect(result.stdout).toBe("");
  }, 60_000);

  it("a health-commission draw verifies under the edition its sample.json records", async () => {
    const dir = exampleCopy();
    const edition = ["--edition", "zhengzhou-2019-health-commission"];
    const draw = await cli([...EXAMPLE_DRAW, "--unit", "u-hospital", ...edition, "--out", "s.json"], {
      cwd: dir,
    });
    expect(draw.code).toBe(0);
    const verify = await cli(["sample", "verify", "records.xlsx", "s.json", "--lang", "en"], { cwd: dir });
    expect(verify).toMatchObject({ code: 0 });
    expect(verify.stdout).toContain("verifies");
    // Naming another edition on purpose is reported, in words first and the code in brackets.
    const other = await cli(["sample", "verify", "records.xlsx", "s.json", "--edition", "zhengzhou-2019"], {
      cwd: dir,
    });
    expect(other.code).toBe(1);
    expect(other.stdout).toContain("规则版本不同（edition-mismatch）");
  }, 60_000);

  it("a missing, corrupt or foreign sample.json is named in both languages, exit 1, no stack trace", async () => {
    const dir = exampleCopy();
    writeFileSync(join(dir, "corrupt.json"), '{"kind": "member-sample",');
    writeFileSync(join(dir, "foreign.json"), '{"hello": 1}');
    const cases = [
      ["missing.json", "抽样结果文件不存在", "does not exist"],
      ["corrupt.json", "不是有效的 JSON", "is not valid JSON"],
      ["foreign.json", "不是 sample draw 写出的抽样结果", "is not a sample written by sample draw"],
    ] as const;
    for (const [file, zh, en] of cases) {
      const result = await cli(["sample", "verify", "records.xlsx", file], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(zh);
      expect(result.stderr).toContain(en);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
