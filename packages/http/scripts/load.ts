// `npm run load`: the HTTP adapter under load, on the loopback only, bounded, stopping by itself.
// 1. 64 connections for 60 s (LOAD_SECONDS) of POST /v1/member-assessments, each body 10 members of the
//    bundled example (a unit's HR system sending a batch).
// 2. One NDJSON stream of 100,000 members (LOAD_MEMBERS) in and out of the same route.
// 3. 400 connections for 20 s (LOAD_OVERLOAD_SECONDS) of 1.: past admission control's queue, so some
//    answers are 503 with Retry-After; none should time out.
// Requests/s, latency p50/p99, errors, and the server's RSS before and after each, as Markdown rows.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import {
  assessMember,
  getEdition,
  groupByMember,
  type MemberRecords,
  MemberRecords as MemberRecordsSchema,
  validate,
} from "@shuangbaodao/core";
import autocannon from "autocannon";
import { exampleDataset } from "../test/support/exampleDataset";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 64;
const MEMBERS = Number(process.env.LOAD_MEMBERS ?? 100_000);
const EDITION = "zhengzhou-2019-health-commission";
/** Overload: more connections than admission control admits and queues, for a shorter time. */
const OVERLOAD_CONNECTIONS = 400;
const OVERLOAD_SECONDS = Number(process.env.LOAD_OVERLOAD_SECONDS ?? 20);

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [new URL("./loadServer.mjs", import.meta.url).pathname], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.once("data", (data: Buffer) => resolve(data.toString().trim()));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  if (!url.startsWith("http://127.0.0.1:")) throw new Error(`not the loopback: ${url}`);
  return { child, url };
}

const bundles = [...groupByMember(exampleDataset())];

async function jsonLoad(url: string, pid: number, connections: number, seconds: number) {
  const members = bundles.slice(0, 10);
  const body = JSON.stringify({ edition: EDITION, year: 2019, asOf: "2019-12-01", members });
  // Warm up, then measure.
  await fetch(`${url}/v1/member-assessments`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body,
  });
  const rssBefore = rssMb(pid);
  // RSS half-way as well: growth that stops after warm-up (heap reaching its working size) is not a leak.
  let rssHalfway = rssBefore;
  const halfway = setTimeout(
    () => {
      rssHalfway = rssMb(pid);
    },
    (seconds * 1000) / 2,
  );
  const result = await autocannon({
    url: `${url}/v1/member-assessments`,
    connections,
    duration: seconds,
    // The server's own limit until an answer starts (createApp's timeoutMs): the client waits as long.
    timeout: 30,
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body,
  });
  clearTimeout(halfway);
  const busy = result.statusCodeStats["503"]?.count ?? 0;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    membersPerSecond: Math.round(result.requests.average * members.length),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon counts a timeout among its errors as well; a 503 (busy, with Retry-After) among the non-2xx.
    errors: result.errors + result.non2xx,
    errorKinds: `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx} of which 503 busy ${busy}`,
    requests: result.requests.total,
    bodyBytes: body.length,
    rssBefore,
    rssHalfway,
    rssAfter: rssMb(pid),
  };
}

/** The i-th of `MEMBERS` distinct members: the example's bundles with every ID made unique. */
function member(i: number): MemberRecords {
  const source = bundles[i % bundles.length] as MemberRecords;
  const text = JSON.stringify(source).replaceAll(`"${source.member.id}"`, `"${source.member.id}-${i}"`);
  return JSON.parse(text);
}

async function ndjsonLoad(url: string, pid: number) {
  const rssBefore = rssMb(pid);
  const encoder = new TextEncoder();
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= MEMBERS) return controller.close();
      const lines: string[] = [];
      for (let k = 0; k < 100 && sent < MEMBERS; k++) lines.push(JSON.stringify(member(sent++)));
      controller.enqueue(encoder.encode(`${lines.join("\n")}\n`));
    },
  });
  let peakRss = rssBefore;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(pid));
  }, 200);
  const started = performance.now();
  const res = await fetch(`${url}/v1/member-assessments?edition=${EDITION}&year=2019&asOf=2019-12-01`, {
    method: "POST",
    headers: { "Content-Type": "application/x-ndjson" },
    body,
    duplex: "half",
  } as RequestInit);
  let lines = 0;
  let problems = 0;
  let pending = "";
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    pending += decoder.decode(chunk, { stream: true });
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    for (const part of parts) {
      lines += 1;
      if (part.startsWith('{"line"') && part.includes('"problem":')) problems += 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return {
    members: MEMBERS,
    answerLines: lines,
    problems,
    seconds: Math.round(seconds * 10) / 10,
    membersPerSecond: Math.round(MEMBERS / seconds),
    rssBefore,
    peakRss,
    rssAfter: rssMb(pid),
  };
}

/** The yardstick, measured in this run: the core alone (JSON.parse, validate, assess, JSON.stringify) in this process. */
function coreAlone(): { membersPerSecond: number } {
  const edition = getEdition(EDITION);
  const texts = bundles.map((b) => JSON.stringify(b));
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < 10_000) {
    for (const text of texts) {
      const records = validate(MemberRecordsSchema, JSON.parse(text));
      JSON.stringify(assessMember(records, edition, { year: 2019, asOf: "2019-12-01" }));
      done += 1;
    }
  }
  return { membersPerSecond: Math.round(done / ((performance.now() - started) / 1000)) };
}

const core = coreAlone();
console.log(
  `| the core alone in one process (parse, validate, assess, stringify), 10 s | ${core.membersPerSecond} members/s | — | — | — |`,
);
const { child, url } = await startChild();
try {
  const pid = child.pid as number;
  const jsonRow = (json: Awaited<ReturnType<typeof jsonLoad>>, connections: number, seconds: number) =>
    `| JSON, ${connections} connections × ${seconds} s, 10 members a request (${json.bodyBytes} B) | ${json.requestsPerSecond} req/s (${json.membersPerSecond} members/s) | p50 ${json.p50} ms, p99 ${json.p99} ms | ${json.errors} of ${json.requests} (${json.errorKinds}) | ${json.rssBefore} → ${json.rssHalfway} (at ${seconds / 2} s) → ${json.rssAfter} MB |`;
  console.log(jsonRow(await jsonLoad(url, pid, CONNECTIONS, SECONDS), CONNECTIONS, SECONDS));
  const ndjson = await ndjsonLoad(url, pid);
  console.log(
    `| NDJSON, one stream of ${ndjson.members} members | ${ndjson.membersPerSecond} members/s (${ndjson.seconds} s) | — | ${ndjson.problems} problem lines of ${ndjson.answerLines} | ${ndjson.rssBefore} → ${ndjson.rssAfter} MB (peak ${ndjson.peakRss}) |`,
  );
  // Past admission control's queue (8 at once + 256 waiting): the rest are answered 503 at once.
  console.log(
    jsonRow(
      await jsonLoad(url, pid, OVERLOAD_CONNECTIONS, OVERLOAD_SECONDS),
      OVERLOAD_CONNECTIONS,
      OVERLOAD_SECONDS,
    ),
  );
} finally {
  child.kill("SIGTERM");
}
