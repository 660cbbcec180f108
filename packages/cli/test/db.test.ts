import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, EXAMPLE_WORKBOOK, tempDir } from "./support";

// One embedded database for the whole sequence: a fresh PGlite takes 5–20 s to start here (minutes on a
// loaded 2-core machine), and every command opens it again.
describe("shuangbaodao db on the embedded database", () => {
  const cwd = tempDir();
  const db = ["--data-dir", join(cwd, "db")];
  // CI sets DATABASE_URL to a real server; these commands must use the embedded default in `cwd`, so the
  // variable is hidden while they run (otherwise the server's public schema decides what they print).
  const serverUrl = process.env.DATABASE_URL;
  beforeAll(() => {
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (serverUrl !== undefined) process.env.DATABASE_URL = serverUrl;
  });

  it("refuses to work before migrate, naming the command, in the chosen language", async () => {
    const zh = await cli(["db", "decisions", ...db], { cwd });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain("请先运行：shuangbaodao db migrate");
    const en = await cli(["db", "decisions", "--lang", "en", ...db], { cwd });
    expect(en.stderr).toContain("Run first: shuangbaodao db migrate");
  }, 300_000);

  it("migrates, imports the bundled workbook, assesses, lists and replays a decision", async () => {
    expect((await cli(["db", "migrate", ...db], { cwd })).stdout).toContain("已应用迁移");
    const imported = await cli(["db", "import", EXAMPLE_WORKBOOK, "--lang", "en", ...db], { cwd });
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringContaining("Imported records.xlsx") });
    const again = await cli(["db", "import", EXAMPLE_WORKBOOK, "--json", ...db], { cwd });
    expect(JSON.parse(again.stdout)).toMatchObject({ newVersions: 0 });
    const assessed = await cli(
      ["db", "assess", "--edition", "zhengzhou-2019-health-commission", "--year", "2019", "--json", ...db],
      { cwd },
    );
    expect(assessed.code).toBe(0);
    const { runId, decisions } = JSON.parse(assessed.stdout);
    expect(decisions).toBe(154);
    const listed = JSON.parse(
      (await cli(["db", "decisions", "--run", runId, "--json", ...db], { cwd })).stdout,
    );
    expect(listed).toHaveLength(154);
    const replay = await cli(["db", "replay", listed[0].id, ...db], { cwd });
    expect(replay).toMatchObject({ code: 0, stdout: expect.stringContaining("重放一致") });
  }, 300_000);

  it("refuses a workbook with a bad cell, naming it, and exits 1; an unknown subcommand is a usage error", async () => {
    const missing = await cli(["db", "import", join(cwd, "nope.xlsx"), ...db], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.xlsx");
    expect((await cli(["db", "frobnicate", ...db], { cwd })).code).toBe(2);
  }, 300_000);
});
