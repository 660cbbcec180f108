import { assessMember, getEdition, groupByMember } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { ProblemDocument } from "../src/index";
import { EXAMPLE_EDITION, exampleDataset } from "./support/exampleDataset";
import { testApp } from "./support/testApp";

const edition = getEdition(EXAMPLE_EDITION);
const bundles = [...groupByMember(exampleDataset())].slice(0, 5);
const url = `/v1/member-assessments?edition=${EXAMPLE_EDITION}&year=2019&asOf=2019-11-05`;

function ndjsonRequest(lines: string[], headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: { "Content-Type": "application/x-ndjson", ...headers },
    body: `${lines.join("\n")}\n`,
  };
}

async function answerLines(res: Response) {
  return (await res.text())
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));
}

describe("POST /v1/member-assessments (NDJSON)", () => {
  it("answers one line per member, in order, equal to the core's, then a summary", async () => {
    const { app } = testApp();
    const res = await app.request(url, ndjsonRequest(bundles.map((b) => JSON.stringify(b))));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("application/x-ndjson");
    expect(res.headers.get("X-Shuangbaodao-Edition")).toBe(EXAMPLE_EDITION);
    const lines = await answerLines(res);
    expect(lines).toHaveLength(bundles.length + 1);
    bundles.forEach((bundle, i) => {
      expect(lines[i].line).toBe(i + 1);
      expect(lines[i].assessment).toEqual(
        JSON.parse(JSON.stringify(assessMember(bundle, edition, { year: 2019, asOf: "2019-11-05" }))),
      );
    });
    expect(lines.at(-1).summary).toMatchObject({ lines: 5, assessed: 5, refused: 0 });
  });

  it("answers a problem line for a bad line and goes on with the others", async () => {
    const { app } = testApp();
    const broken = { ...bundles[1], member: { ...bundles[1]?.member, inService: "yes" } };
    const res = await app.request(
      url,
      ndjsonRequest([
        JSON.stringify(bundles[0]),
        "{not json",
        JSON.stringify(broken),
        JSON.stringify(bundles[2]),
      ]),
    );
    const lines = await answerLines(res);
    expect(lines.map((l) => (l.problem ? l.problem.status : l.summary ? "summary" : "ok"))).toEqual([
      "ok",
      400,
      422,
      "ok",
      "summary",
    ]);
    const invalid = ProblemDocument.parse(lines[2].problem);
    expect(invalid.errors?.[0]?.path).toBe("member.inService");
    expect(lines.at(-1).summary).toMatchObject({ lines: 4, assessed: 2, refused: 2 });
  });

  it("reports an over-long line and the stream's size limit as problem lines", async () => {
    const { app } = testApp({ limits: { ndjsonLineBytes: 50_000, ndjsonBytes: 200_000 } });
    const long = JSON.stringify({ ...bundles[0], padding: "x".repeat(60_000) });
    const lines = await answerLines(
      await app.request(url, ndjsonRequest([long, JSON.stringify(bundles[1])])),
    );
    expect(lines[0].problem.status).toBe(413);
    expect(lines[1].assessment.memberId).toBe(bundles[1]?.member.id);
    const many = Array.from({ length: 200 }, () => JSON.stringify(bundles[0]));
    const cut = await answerLines(await app.request(url, ndjsonRequest(many)));
    expect(cut.at(-2).problem.type).toBe("/problems/payload-too-large");
    expect(cut.at(-1).summary.lines).toBeLessThan(200);
  });

  it("refuses a missing or unknown edition before reading the stream", async () => {
    const { app } = testApp();
    const missing = await app.request("/v1/member-assessments?year=2019", ndjsonRequest(["{}"]));
    expect(missing.status).toBe(422);
    expect(ProblemDocument.parse(await missing.json()).errors?.map((e) => e.path)).toContain("edition");
    const unknown = await app.request("/v1/member-assessments?edition=nope&year=2019", ndjsonRequest(["{}"]));
    expect(ProblemDocument.parse(await unknown.json()).type).toBe("/problems/unknown-edition");
  });

  it("answers the first line before the last is sent (incremental both ways)", async () => {
    const { app } = testApp();
    const encoder = new TextEncoder();
    let push: ((line: string | null) => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (line) =>
          line === null ? controller.close() : controller.enqueue(encoder.encode(`${line}\n`));
      },
    });
    const res = await app.request(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-ndjson" },
      body,
      duplex: "half",
    } as RequestInit);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    push?.(JSON.stringify(bundles[0]));
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain(`"memberId":"${bundles[0]?.member.id}"`);
    push?.(null);
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += new TextDecoder().decode(chunk.value);
    }
    expect(rest).toContain('"summary"');
  });
});
