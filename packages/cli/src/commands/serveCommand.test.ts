import { describe, expect, it } from "vitest";
import type { CliIo } from "../cliIo";
import { serveCommand } from "./serveCommand";

describe("shuangbaodao serve", () => {
  it("starts the API on the loopback, says where, and stops when asked", async () => {
    let stderr = "";
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      interactive: false,
      cwd: process.cwd(),
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
    stop();
    expect(await exit).toBe(0);
  });

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
