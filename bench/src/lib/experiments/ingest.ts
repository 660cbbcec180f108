import { getEdition } from "../../../../packages/core/src/editions/registry";
import { assessMember } from "../../../../packages/core/src/member/assessMember";
import { assessMembers } from "../../../../packages/core/src/member/assessMembers";
import { MemberRecords } from "../../../../packages/core/src/model/memberRecords";
import { validate } from "../../../../packages/core/src/model/validate";
import { fourConditionParameters, handLoop } from "../fourConditions";
import { memberJsonChunk, memberPool, memberRecordsAt, memberRecordsChunk } from "../memberData";
import { collectGarbage, median, now, peakRssMb, rssMb } from "../stats";

const YEAR = 2019;

/** JSON text of one member → validated records → assessment, the way a service takes an HR system's export. */
function ingestLine(line: string, edition: ReturnType<typeof getEdition>) {
  return assessMember(validate(MemberRecords, JSON.parse(line), "member line"), edition, { year: YEAR });
}

export interface IngestOptions {
  members: number;
  runs: number;
  chunk: number;
}

/**
 * Ingest throughput: one JSON line per member (NDJSON, dates in the forms the
 * data model accepts) → `validate(MemberRecords, …)` → `assessMember`. Each
 * chunk's text is generated untimed; the hand-written loop runs the same
 * members (already validated) in alternation, as a yardstick for the machine.
 * Also times JSON.parse alone and parse + validate, to show where the time goes.
 */
export async function ingestThroughput(options: IngestOptions) {
  const { members, runs, chunk } = options;
  const edition = getEdition("zhengzhou-2019");
  const p = fourConditionParameters(edition, YEAR);
  const pool = memberPool();
  const warm = memberJsonChunk(pool, members, 3_000);
  for (const line of warm) ingestLine(line, edition);
  const parts = { ingest: 0, parse: 1, validate: 2, hand: 3 } as const;
  const ms = Object.values(parts).map(() => new Array<number>(runs).fill(0));
  let sink = 0;
  for (let from = 0, k = 0; from < members; from += chunk, k++) {
    const count = Math.min(chunk, members - from);
    const lines = memberJsonChunk(pool, from, count);
    const records = memberRecordsChunk(pool, from, count);
    for (let run = 0; run < runs; run++) {
      const order = [0, 1, 2, 3].map((j) => (j + k + run) % 4);
      for (const part of order) {
        const start = now();
        if (part === parts.ingest)
          for (const line of lines) sink += ingestLine(line, edition).verdicts.length;
        else if (part === parts.parse) for (const line of lines) sink += JSON.parse(line).services.length;
        else if (part === parts.validate)
          for (const line of lines) sink += validate(MemberRecords, JSON.parse(line)).services.length;
        else for (const r of records) sink += handLoop(r, p);
        const times = ms[part] as number[];
        times[run] = (times[run] ?? 0) + now() - start;
      }
    }
  }
  const rate = (part: number) => (ms[part] as number[]).map((t) => (members / t) * 1000);
  const bytes =
    memberJsonChunk(pool, 0, 2_000).reduce((sum, line) => sum + Buffer.byteLength(line), 0) / 2_000;
  return {
    members,
    runs,
    chunk,
    averageLineBytes: Math.round(bytes),
    ingest: median(rate(parts.ingest)),
    parseOnly: median(rate(parts.parse)),
    parseAndValidate: median(rate(parts.validate)),
    hand: median(rate(parts.hand)),
    ingestOverHand: median(rate(parts.ingest).map((r, run) => r / (rate(parts.hand)[run] as number))),
    ingestOverParse: median(rate(parts.ingest).map((r, run) => r / (rate(parts.parse)[run] as number))),
    perRun: rate(parts.ingest),
    sink,
  };
}

/** Member records, one at a time, for a batch run that never holds them all. */
function* memberStream(members: number) {
  const pool = memberPool();
  for (let i = 0; i < members; i++) yield memberRecordsAt(pool, i);
}

/**
 * JSON lines per read of the JSON-in run: 1,000 lines are about 2.4 MB of
 * text, far more than a stream reader's buffer (64 KB) holds, so the run
 * errs on the heavy side. (At 10,000 lines, 24 MB of text per read outlived
 * the young generation and V8 grew the old one to 650-690 MB.)
 */
const JSON_LINES_PER_READ = 1_000;

/** JSON lines generated a read at a time (like a buffered reader over an NDJSON file), validated as they come. */
function* validatedLineStream(members: number, chunk: number) {
  const pool = memberPool();
  for (let from = 0; from < members; from += chunk) {
    const lines = memberJsonChunk(pool, from, Math.min(chunk, members - from));
    for (const line of lines) yield validate(MemberRecords, JSON.parse(line), "member line");
  }
}

export interface BatchMemoryOptions {
  members: number;
  /** `records`: validated records in; `json`: JSON text in, validated on the way. */
  input: "records" | "json";
}

/**
 * The batch form over N members in a process of its own: `assessMembers`
 * pulls members from a generator and yields assessments, which are tallied
 * (status counts per rule) and dropped, as a report writer would. Peak RSS is
 * the process's `maxRSS`; the baseline is the RSS once the data generator is set up.
 */
export async function batchMemory(options: BatchMemoryOptions) {
  const { members, input } = options;
  const edition = getEdition("zhengzhou-2019");
  // Set the generator up first (its pool is part of the baseline, not of the assessment).
  const source = input === "json" ? validatedLineStream(members, JSON_LINES_PER_READ) : memberStream(members);
  const first = source.next();
  collectGarbage();
  const baselineRssMb = rssMb();
  const counts = new Map<string, number>();
  const start = now();
  const all = (function* () {
    if (!first.done) yield first.value;
    yield* source;
  })();
  let assessed = 0;
  for (const assessment of assessMembers(all, edition, { year: YEAR })) {
    assessed++;
    for (const verdict of assessment.verdicts) {
      const key = `${verdict.ruleId} ${verdict.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const seconds = (now() - start) / 1000;
  return {
    members: assessed,
    input,
    seconds,
    membersPerSecond: assessed / seconds,
    baselineRssMb,
    peakRssMb: peakRssMb(),
    heapUsedMb: process.memoryUsage().heapUsed / (1024 * 1024),
    statusCounts: Object.fromEntries(counts),
  };
}
