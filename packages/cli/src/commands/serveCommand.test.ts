import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileProblem } from "../cliError";
import type { CliIo } from "../cliIo";
import { UsageError } from "../usageError";
import { serveCommand } from "./serveCommand";

describe("shuangbaodao serve", () => {
  it("starts the API on the loopback with the embedded database, says where, and stops when asked", async () => {
    // The embedded default: no server from the environment, and its folder in a fresh directory
    // (CI sets DATABASE_URL to a server whose public schema this test must not depend on).
    const serverUrl = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    let stderr = "";
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
      },
      interactive: false,
      cwd: mkdtempSync(join(tmpdir(), "sbd-serve-")),
    };
    let stop: () => void = () => {};
    const stopped = new Promise<void>((done) => {
      stop = done;
    });
    const exit = serveCommand(
      io,
      "en",
      { host: undefined, port: "0", tokens: undefined, cors: undefined },
      stopped,
    );
    for (let i = 0; i < 200 && !stderr.includes("http://"); i++) await new Promise((r) => setTimeout(r, 10));
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stderr)?.[0];
    expect(url).toBeDefined();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    // The embedded database was migrated, so the API is ready and has its database routes.
    const ready = (await (await fetch(`${url}/readyz`)).json()) as {
      checks: { name: string; ok: boolean }[];
    };
    expect(ready.checks).toContainEqual({ name: "database", ok: true });
    stop();
    expect(await exit).toBe(0);
    if (serverUrl !== undefined) process.env.DATABASE_URL = serverUrl;
  }, 180_000);

  it("refuses a port that is not one", async () => {
    const io: CliIo = { stdout: () => {}, stderr: () => {}, interactive: false, cwd: process.cwd() };
    await expect(
      serveCommand(
        io,
        "en",
        { host: undefined, port: "http", tokens: undefined, cors: undefined },
        Promise.resolve(),
      ),
    ).rejects.toThrow(/port/);
  });
});

describe("shuangbaodao serve refuses, in both languages", () => {
  const io: CliIo = { stdout: () => {}, stderr: () => {}, interactive: false, cwd: process.cwd() };
  const args = { host: undefined, port: "0", tokens: undefined, cors: undefined };

  it("a missing or malformed token file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sbd-serve-"));
    await expect(
      serveCommand(io, "en", { ...args, tokens: join(dir, "none.json") }, Promise.resolve()),
    ).rejects.toThrow(/token file not found/);
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({ tokens: [{ id: "x", sha256: "short", rights: [] }] }),
    );
    const refused = serveCommand(io, "en", { ...args, tokens: join(dir, "bad.json") }, Promise.resolve());
    await expect(refused).rejects.toBeInstanceOf(FileProblem);
    await expect(refused).rejects.toThrow(/tokens\[0\]\.sha256/);
  });

  it("a host beyond the loopback without tokens", async () => {
    await expect(
      serveCommand(io, "en", { ...args, host: "0.0.0.0" }, Promise.resolve()),
    ).rejects.toBeInstanceOf(UsageError);
  });
});
