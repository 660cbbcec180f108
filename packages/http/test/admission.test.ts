import { describe, expect, it } from "vitest";
import { ProblemDocument } from "../src/index";
import { EXAMPLE_EDITION } from "./support/exampleDataset";
import { testApp } from "./support/testApp";

const url = `/v1/member-assessments?edition=${EXAMPLE_EDITION}&year=2019`;

/** An NDJSON request whose body stays open until `end()`: its answer streams, holding its slot. */
function openStream() {
  let close: () => void = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      close = () => controller.close();
    },
  });
  const init = {
    method: "POST",
    headers: { "Content-Type": "application/x-ndjson" },
    body,
    duplex: "half",
  } as RequestInit;
  return { init, end: () => close() };
}

async function busyProblem(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  expect(Number(res.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
  const problem = ProblemDocument.parse(await res.json());
  expect(problem.type).toBe("/problems/overloaded");
  return problem;
}

describe("admission control", () => {
  it("queues a request while every slot is taken, refuses one past the queue with 503, and admits the queued one when a slot frees", async () => {
    const { app } = testApp({ admission: { concurrency: 1, queue: 1, maxWaitMs: 60_000 } });
    const stream = openStream();
    const first = await app.request(url, stream.init);
    expect(first.status).toBe(200);
    const queued = app.request("/v1/editions");
    await busyProblem(await app.request("/v1/editions"));
    stream.end();
    expect((await first.text()).split("\n").filter(Boolean).at(-1)).toContain('"summary"');
    expect((await queued).status).toBe(200);
    // Every slot is free again.
    expect((await app.request("/v1/editions")).status).toBe(200);
  });

  it("refuses a request that waited its longest with 503", async () => {
    const { app } = testApp({ admission: { concurrency: 1, queue: 10, maxWaitMs: 20 } });
    const stream = openStream();
    const first = await app.request(url, stream.init);
    const problem = await busyProblem(
      await app.request("/v1/editions", { headers: { "Accept-Language": "en" } }),
    );
    expect(problem.detail).toContain("waited over 20 ms");
    stream.end();
    await first.text();
    expect((await app.request("/v1/editions")).status).toBe(200);
  });

  it("gives the slot back when a streamed answer is cancelled", async () => {
    const { app } = testApp({ admission: { concurrency: 1, queue: 0, maxWaitMs: 60_000 } });
    const stream = openStream();
    const first = await app.request(url, stream.init);
    await busyProblem(await app.request("/v1/editions"));
    // The cancel settles once the route's generator ends, i.e. once its request body does.
    const cancelled = first.body?.cancel();
    expect((await app.request("/v1/editions")).status).toBe(200);
    stream.end();
    await cancelled;
  });

  it("leaves /healthz out", async () => {
    const { app } = testApp({ admission: { concurrency: 1, queue: 0, maxWaitMs: 60_000 } });
    const stream = openStream();
    await app.request(url, stream.init);
    expect((await app.request("/healthz")).status).toBe(200);
    stream.end();
  });
});
