import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE_DRAW, EXAMPLE_WORKBOOK, exampleCopy, tempDir } from "./support";

describe("exit codes: 0 done, 1 input errors, 2 wrong usage", () => {
  it("wrong usage exits 2 with the usage text, in the language asked for", async () => {
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(["frobnicate", "--lang", "en"]);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain("unknown command: frobnicate");
    expect(unknown.stderr).toContain("Usage:");
    expect((await cli(["assess", EXAMPLE_WORKBOOK])).stderr).toContain("缺少 --year");
    expect((await cli(["assess", EXAMPLE_WORKBOOK, "--lang", "en"])).stderr).toContain("--year is required");
    expect((await cli(["assess", EXAMPLE_WORKBOOK, "--year", "19"])).code).toBe(2);
    expect(
      (await cli(["assess", EXAMPLE_WORKBOOK, "--year", "2019", "--edition", "beijing"])).stderr,
    ).toContain("known: zhengzhou-2019");
    expect((await cli(["assess", EXAMPLE_WORKBOOK, "--year", "2019", "--no-such-flag"])).code).toBe(2);
    expect((await cli(["assess", EXAMPLE_WORKBOOK, "--year", "2019", "--as-of", "2019-02-30"])).code).toBe(2);
    expect((await cli(["--help"])).code).toBe(0);
  });

  it("a workbook with errors exits 1 and lists each error by sheet and cell, writing nothing", async () => {
    const dir = tempDir();
    const broken = join(dir, "broken.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(EXAMPLE_WORKBOOK);
    const reports = workbook.getWorksheet("报到");
    if (reports) reports.getCell("C3").value = "2019-13-45";
    await workbook.xlsx.writeFile(broken);
    const out = join(dir, "report.xlsx");
    const result = await cli(["assess", broken, "--year", "2019", "--out", out, "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.xlsx.*报到|sheet "报到"/);
    expect(result.stderr).toContain("C3");
    expect(result.stdout).toBe("");
    expect(() => readFileSync(out)).toThrow();
  }, 60_000);
});

describe("commands", () => {
  it("editions lists both shipped editions, the overlay tightening its parent", async () => {
    const { code, stdout } = await cli(["editions", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toContain("zhengzhou-2019 1.0.0");
    expect(stdout).toContain("zhengzhou-2019-health-commission 1.0.0 (tightens zhengzhou-2019)");
    const json = JSON.parse((await cli(["editions", "--json"])).stdout);
    expect(json[1].parameters.member.reportDeadline).toBe("2019-10-25");
  });

  it("template writes the blank input workbook", async () => {
    const dir = tempDir();
    const { code } = await cli(["template", "--out", "t.xlsx"], { cwd: dir });
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "t.xlsx"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["党员", "志愿服务", "共建活动"]),
    );
  }, 60_000);

  it("sample draw then verify matches; a tampered sample does not (exit 1)", async () => {
    const dir = exampleCopy();
    const draw = await cli(
      [
        ...EXAMPLE_DRAW,
        "--unit",
        "u-cdc",
        "--out",
        "sample.json",
        "--edition",
        "zhengzhou-2019-health-commission",
      ],
      { cwd: dir },
    );
    expect(draw.code).toBe(0);
    const sample = JSON.parse(readFileSync(join(dir, "sample.json"), "utf8"));
    expect(sample.requiredSize).toBe(Math.ceil(0.2 * sample.populationSize));
    expect(draw.stdout).toMatch(/u-cdc 郑州市疾病预防控制中心：在册 \d+ 人，应抽 \d+ 人/);
    expect(draw.stdout).toContain(`${sample.drawn[0]} `);
    // The edition recorded in sample.json is the one verified against, without repeating --edition.
    const verify = await cli(["sample", "verify", "records.xlsx", "sample.json"], { cwd: dir });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain("核验一致");
    const verifyJson = await cli(["sample", "verify", "records.xlsx", "sample.json", "--json"], { cwd: dir });
    expect(JSON.parse(verifyJson.stdout).ok).toBe(true);

    sample.drawn[0] = "m-001";
    writeFileSync(join(dir, "tampered.json"), JSON.stringify(sample));
    const tampered = await cli(["sample", "verify", "records.xlsx", "tampered.json", "--lang", "en"], {
      cwd: dir,
    });
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain("does not verify");
    expect(tampered.stdout).toContain("(unexpected-ids), field sample: m-001");
  }, 60_000);

  it("shows a progress bar only on a terminal", async () => {
    const args = ["assess", EXAMPLE_WORKBOOK, "--year", "2019", "--json"];
    expect((await cli(args, { interactive: false })).stderr).toBe("");
    expect((await cli(args, { interactive: true })).stderr).toContain("100%");
  }, 60_000);

  it("shows one bar a phase (reading, assessing, writing) on a terminal, and none on a pipe", async () => {
    const dir = tempDir();
    const args = ["assess", EXAMPLE_WORKBOOK, "--year", "2019", "--json", "--out", "r.xlsx", "--lang", "en"];
    const piped = await cli(args, { interactive: false, cwd: dir });
    expect(piped.stderr).toBe(`Report written: ${join(dir, "r.xlsx")}\n`);
    const terminal = await cli([...args, "--force"], { interactive: true, cwd: dir });
    const bars = terminal.stderr.split("\n").map((line) => line.split("\r").at(-1));
    expect(bars.slice(0, 3)).toEqual([
      `reading [${"#".repeat(30)}] 100%`,
      `assessing [${"#".repeat(30)}] 100%`,
      `writing [${"#".repeat(30)}] 100%`,
    ]);
  }, 60_000);
});
