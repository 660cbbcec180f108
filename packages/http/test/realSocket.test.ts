import { groupByMember } from "@shuangbaodao/core";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemDocument, type RunningServer, startServer, TokenFile } from "../src/index";
import { EXAMPLE_EDITION, exampleDataset } from "./support/exampleDataset";
import { bearer, TOKEN_FILE } from "./support/tokens";

describe("a real socket on the loopback", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      tokens: TokenFile.parse(TOKEN_FILE),
      logger: pino({ level: "silent" }),
    });
  });
  afterAll(async () => server.close());

  it("serves health, JSON and NDJSON assessments and problems over HTTP", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    const bundles = [...groupByMember(exampleDataset())]
      .filter((b) => b.member.unitId === "u-cdc")
      .slice(0, 3);
    const json = await fetch(`${server.url}/v1/member-assessments`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...bearer("cdcAssess") },
      body: JSON.stringify({ edition: EXAMPLE_EDITION, year: 2019, members: bundles }),
    });
    expect(json.status).toBe(200);
    expect(json.headers.get("X-Shuangbaodao-Edition")).toBe(EXAMPLE_EDITION);
    expect(((await json.json()) as { assessments: unknown[] }).assessments).toHaveLength(3);

    const ndjson = await fetch(`${server.url}/v1/member-assessments?edition=${EXAMPLE_EDITION}&year=2019`, {
      method: "POST",
      headers: { "Content-Type": "application/x-ndjson", ...bearer("cdcAssess") },
      body: bundles.map((b) => JSON.stringify(b)).join("\n"),
    });
    const lines = (await ndjson.text()).trim().split("\n");
    expect(lines).toHaveLength(4);

    const unauthorised = await fetch(`${server.url}/v1/editions`);
    expect(unauthorised.status).toBe(401);
    expect(ProblemDocument.parse(await unauthorised.json()).instance).toBe(
      unauthorised.headers.get("X-Request-Id"),
    );
  });

  it("refuses to listen beyond the loopback without tokens", async () => {
    await expect(startServer({ host: "0.0.0.0", port: 0 })).rejects.toThrow(/token/);
  });
});
