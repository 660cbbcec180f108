import { join } from "node:path";
import { openDatabase } from "@shuangbaodao/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, EXAMPLE_WORKBOOK, tempDir } from "./support";

const SERVER_URL = process.env.DATABASE_URL;

/**
 * Where the commands work: the embedded default in a fresh folder, or (when
 * DATABASE_URL names a server, as in CI) a database of its own on the server,
 * made before and dropped after.
 */
interface Target {
  name: string;
  /** Before the sequence; returns the arguments that choose the database. */
  open(cwd: string): Promise<string[]>;
  close(): Promise<void>;
}

const embedded: Target = {
  name: "the embedded database",
  async open(cwd) {
    return ["--data-dir", join(cwd, "db")];
  },
  async close() {},
};

function server(url: string): Target {
  const name = `sbd_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  // The server's own maintenance database, to make and drop the test's database from.
  const admin = async <T>(work: (query: (sql: string) => Promise<unknown>) => Promise<T>) => {
    const db = await openDatabase({ url });
    try {
      return await work((sql) => db.pool.query(sql));
    } finally {
      await db.close();
    }
  };
  return {
    name: "the server",
    async open() {
      await admin((query) => query(`CREATE DATABASE ${name}`));
      const own = new URL(url);
      own.pathname = `/${name}`;
      return ["--database-url", own.toString()];
    },
    async close() {
      await admin((query) => query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

const TARGETS = SERVER_URL ? [embedded, server(SERVER_URL)] : [embedded];

// One database per target for the whole sequence: every command opens it again (a fresh PGlite takes
// 5–20 s to start here; the data folder, once made, opens in a few).
describe.each(TARGETS)("shuangbaodao db on $name", (target) => {
  const cwd = tempDir();
  let db: string[] = [];
  // The commands must use the database the arguments name, not the environment's DATABASE_URL
  // (otherwise the server's default schema decides what they print): it is hidden while they run.
  beforeAll(async () => {
    delete process.env.DATABASE_URL;
    db = await target.open(cwd);
  }, 60_000);
  afterAll(async () => {
    if (SERVER_URL !== undefined) process.env.DATABASE_URL = SERVER_URL;
    await target.close();
  }, 60_000);

  it("refuses to work before migrate, naming the command, in the chosen language", async () => {
    const zh = await cli(["db", "decisions", ...db], { cwd });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain("请先运行：shuangbaodao db migrate");
    const en = await cli(["db", "decisions", "--lang", "en", ...db], { cwd });
    expect(en.stderr).toContain("Run first: shuangbaodao db migrate");
  }, 120_000);

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
  }, 120_000);

  it("refuses a workbook it cannot read, naming it, and exits 1; an unknown subcommand is a usage error (2)", async () => {
    const missing = await cli(["db", "import", join(cwd, "nope.xlsx"), ...db], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.xlsx");
    expect((await cli(["db", "frobnicate", ...db], { cwd })).code).toBe(2);
  }, 60_000);
});

describe("shuangbaodao db exit codes", () => {
  it("a database it cannot reach exits 1 and says why in both languages; 2 stays wrong usage", async () => {
    // Port 1 on this machine: nothing listens, the connection is refused at once.
    const unreachable = await cli([
      "db",
      "decisions",
      "--database-url",
      "postgres://postgres@127.0.0.1:1/none",
    ]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain("数据库出错");
    expect(unreachable.stderr).toContain("Database error");
    const badWorkers = await cli([
      "db",
      "assess",
      "--workers",
      "0",
      "--database-url",
      "postgres://127.0.0.1:1/x",
    ]);
    expect(badWorkers.code).toBe(2);
  });

  it("the usage text gives db the same exit codes as every command: 2 is wrong usage, never a fault", async () => {
    const { stdout, stderr } = await cli(["--help", "--lang", "en"]);
    const usage = stdout + stderr;
    expect(usage).toContain("db exit codes: 0 done; 1 input refused, replay differs or the database failed");
    expect(usage).not.toMatch(/2 database fault/);
    const zh = await cli(["--help"]);
    expect(zh.stdout + zh.stderr).not.toContain("2 数据库故障");
  });
});
