import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, exampleCopy, tempDir } from "./support";

const ASSESS = ["assess", "records.xlsx", "--year", "2019"];

describe("nothing overwritten, nothing half-written", () => {
  it("template refuses to replace an existing file without --force, and replaces it with", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "filled.xlsx"), "a filled workbook");
    const refused = await cli(["template", "--out", "filled.xlsx"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("文件已存在");
    expect(refused.stderr).toContain("add --force to replace it");
    expect(readFileSync(join(dir, "filled.xlsx"), "utf8")).toBe("a filled workbook");
    const forced = await cli(["template", "--out", "filled.xlsx", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "filled.xlsx")).subarray(0, 2).toString()).toBe("PK");
    // Written beside the target and renamed into place: no temporary file is left behind.
    expect(readdirSync(dir)).toEqual(["filled.xlsx"]);
  }, 60_000);

  it("assess never writes its report over its own input, even with --force", async () => {
    const dir = exampleCopy();
    const before = readFileSync(join(dir, "records.xlsx"));
    for (const out of ["records.xlsx", "./records.xlsx", join(dir, "records.xlsx")]) {
      const result = await cli([...ASSESS, "--out", out, "--force"], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("输出文件就是输入文件");
      expect(result.stdout).toBe("");
    }
    expect(readFileSync(join(dir, "records.xlsx")).equals(before)).toBe(true);
  }, 60_000);

  it("sample draw never writes over its input workbook", async () => {
    const dir = exampleCopy();
    const result = await cli(
      ["sample", "draw", "records.xlsx", "--unit", "u-cdc", "--year", "2019", "--seed", "s"],
      { cwd: dir },
    );
    expect(result.code).toBe(2); // no --sampling-date: usage is checked first
    const draw = await cli(
      [
        ...["sample", "draw", "records.xlsx", "--unit", "u-cdc", "--year", "2019", "--seed", "s"],
        ...["--sampling-date", "2019-12-01", "--out", "records.xlsx", "--force"],
      ],
      { cwd: dir },
    );
    expect(draw.code).toBe(1);
    expect(draw.stderr).toContain("the output is the input");
  }, 60_000);

  it("an output folder that does not exist is refused before the workbook is read", async () => {
    const dir = tempDir();
    // The workbook does not exist either: the output is checked first, so that is what is reported.
    const result = await cli(["assess", "nowhere.xlsx", "--year", "2019", "--out", "no/such/folder/r.xlsx"], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("输出文件夹不存在");
    expect(result.stderr).toContain("the output folder does not exist");
    expect(result.stderr).not.toContain("ENOENT");
  });
});

describe("one error style: our words in both languages, documented exit codes", () => {
  it("a mistyped option gets our own bilingual message with the option meant (exit 2)", async () => {
    const result = await cli(["assess", "records.xlsx", "--yaer", "2019"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("未知选项 --yaer，是否想用 --year？");
    expect(result.stderr).toContain("unknown option --yaer; did you mean --year?");
    expect(result.stderr).not.toContain("To specify a positional argument");
  });

  it("an option without its value is explained in the language asked for first", async () => {
    const result = await cli(["assess", "records.xlsx", "--lang", "en", "--year"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      'Error: option --year needs a value (for a value starting with "-", write --year=value)',
    );
    expect(result.stderr).toContain("选项 --year 缺少值");
    expect(result.stderr).toContain("Usage:");
  });
});

describe("files that are not workbooks", () => {
  it("a workbook path that does not exist is said so in both languages (exit 1)", async () => {
    const result = await cli(["assess", "missing.xlsx", "--year", "2019"], { cwd: tempDir() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("文件不存在");
    expect(result.stderr).toContain("the file does not exist");
  });
});
