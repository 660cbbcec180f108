/**
 * `npm run bench:checker`: what the cross-record checker keeps, and what a
 * record's check costs (issue 14.6, branch checker), the compact
 * `RecordChecker` against the map-based one it replaced (`MapRecordChecker`,
 * kept as the tests' reference), in one process:
 *
 * - memory: the live heap plus array buffers (after a full GC) that each
 *   checker holds once fed the records of `CHECKER_MEMBERS` members (100k:
 *   1.6 million records), in the workbook's order (units, organisations,
 *   members, then each member's records; `e2eWorkbook`'s data), each
 *   record's strings fresh and flat as a reader makes them; and what the old
 *   checker's parts cost alone (its ID maps, its attendance map);
 * - time: `add` over the records of `CHECKER_TIME_MEMBERS` members (10k),
 *   old and new alternately, and `checkInput` of the raw records against the
 *   compiled schema alone;
 * - the same issues: both checkers' issues over the same records, with
 *   faults put in (repeated IDs, a dangling reference, a repeated attendance),
 *   compared as JSON.
 *
 * Run with `node --expose-gc`.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { checkInput, RECORD_SCHEMAS, RecordChecker, type RecordKind } from "@shuangbaodao/core";
import { compiledSchema } from "../../packages/core/src/model/compiledSchema";
import { FirstIndexes } from "../../packages/core/src/source/firstIndexes";
import { StringTable } from "../../packages/core/src/source/stringTable";
import { MapRecordChecker } from "../../packages/core/src/source/testing/mapRecordChecker";
import { MEMBER_LISTS } from "./e2eWorkbook";
import { memberInputAt, memberPool, unitOf } from "./lib/memberData";

const members = Number(process.env.CHECKER_MEMBERS ?? 100_000);
const timeMembers = Number(process.env.CHECKER_TIME_MEMBERS ?? 10_000);
const rounds = Number(process.env.CHECKER_ROUNDS ?? 3);

type Item = readonly [RecordKind, Record<string, unknown>];
interface Checker {
  add(kind: RecordKind, index: number, record: Readonly<Record<string, unknown>>): void;
  issues(): unknown[];
}

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with node --expose-gc");

const pool = memberPool();

/** Units and organisations as `e2eWorkbook` writes them. */
function* unitRecords(count: number): Generator<Item> {
  const units = Math.min(1_000, count);
  for (let u = 0; u < units; u++) yield ["units", { id: unitOf(u), name: `单位${unitOf(u)}` }];
  for (let u = 0; u < units; u++)
    for (let b = 0; b < 7; b++)
      yield [
        "organisations",
        { id: `${unitOf(u)}-b${b}`, unitId: unitOf(u), name: `第${b + 1}支部`, kind: "支部" },
      ];
}

/** Member `i` and their records, as raw input with fresh flat strings (a JSON round trip, as a reader makes them). */
function* memberRecords(i: number): Generator<Item> {
  const bundle = JSON.parse(JSON.stringify(memberInputAt(pool, i))) as Record<string, unknown>;
  yield ["members", bundle.member as Record<string, unknown>];
  for (const list of MEMBER_LISTS) {
    for (const record of (bundle[list] ?? []) as Record<string, unknown>[]) yield [list, record];
  }
}

function* records(count: number): Generator<Item> {
  yield* unitRecords(count);
  for (let i = 0; i < count; i++) yield* memberRecords(i);
}

/** Feeds every record to `checker`, each at its index among its kind's. */
function feed(checker: Checker, items: Iterable<Item>): number {
  const counts = new Map<RecordKind, number>();
  let fed = 0;
  for (const [kind, record] of items) {
    const index = counts.get(kind) ?? 0;
    counts.set(kind, index + 1);
    checker.add(kind, index, record);
    fed++;
  }
  return fed;
}

function liveBytes(): number {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** What `make()` keeps alive once `fill` fed it, and what `fill` says of it; nothing is held on return. */
function kept<T>(make: () => T, fill: (held: T) => number): { bytes: number; size: number } {
  const before = liveBytes();
  const held = make();
  const size = fill(held);
  const bytes = liveBytes() - before;
  // Read after measuring, so that the structure is live when measured.
  if (held === undefined) throw new Error("unreachable");
  return { bytes, size };
}

function memory(): void {
  console.log(
    `\n## Memory at ${members.toLocaleString("en")} members (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
  );
  let total = 0;
  const byKind = new Map<string, number>();
  for (const [kind] of records(members)) {
    total++;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  console.log(`records: ${total.toLocaleString("en")}`, Object.fromEntries(byKind));
  for (let round = 0; round < 2; round++) {
    const old = kept(
      () => new MapRecordChecker(),
      (checker) => feed(checker, records(members)),
    );
    console.log(`MapRecordChecker (before): ${mb(old.bytes)}`);
    const compact = kept(
      () => new RecordChecker(),
      (checker) => feed(checker, records(members)),
    );
    console.log(
      `RecordChecker (this branch): ${mb(compact.bytes)}  ratio ${(compact.bytes / old.bytes).toFixed(3)}`,
    );
  }
  // The old checker's parts alone, built as it built them.
  const ids = kept(
    () => new Map<string, Map<string, number>>(),
    (maps) => {
      for (const [kind, record] of records(members)) {
        const seen = maps.get(kind) ?? new Map<string, number>();
        maps.set(kind, seen);
        if (typeof record.id === "string" && !seen.has(record.id)) seen.set(record.id, seen.size);
      }
      return maps.size;
    },
  );
  console.log(`  its ID maps alone: ${mb(ids.bytes)}`);
  const attendances = kept(
    () => new Map<string, { kind: string; where: string }>(),
    (map) => {
      let n = 0;
      for (const [kind, record] of records(members)) {
        if (kind !== "attendances") continue;
        const key = `${record.memberId}\u0000${record.eventId}`;
        if (!map.has(key)) map.set(key, { kind, where: `attendances[${n}]` });
        n++;
      }
      return map.size;
    },
  );
  console.log(
    `  its attendance map alone: ${mb(attendances.bytes)} (${attendances.size.toLocaleString("en")} attendances)`,
  );
  const compactIds = kept(
    () => new Map<string, { values: StringTable; firstIndexes: FirstIndexes }>(),
    (tables) => {
      for (const [kind, record] of records(members)) {
        const seen = tables.get(kind) ?? { values: new StringTable(0), firstIndexes: new FirstIndexes() };
        tables.set(kind, seen);
        if (typeof record.id !== "string") continue;
        const entry = seen.values.intern(record.id);
        if (entry < 0) seen.firstIndexes.add(~entry, seen.values.size - 1);
      }
      return tables.size;
    },
  );
  console.log(`  the new ID tables alone: ${mb(compactIds.bytes)}`);
  const compactAttendances = kept(
    () => new StringTable(2),
    (table) => {
      let n = 0;
      for (const [kind, record] of records(members)) {
        if (kind !== "attendances") continue;
        const entry = table.intern(`${record.memberId}\u0000${record.eventId}`);
        if (entry < 0) table.setValue(~entry, 0, n);
        n++;
      }
      return table.size;
    },
  );
  console.log(`  the new attendance table alone: ${mb(compactAttendances.bytes)}`);
}

function time(): void {
  const items = [...records(timeMembers)];
  console.log(
    `\n## Time at ${timeMembers.toLocaleString("en")} members, ${items.length.toLocaleString("en")} records (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
  );
  const validated: Item[] = [];
  const counts = new Map<RecordKind, number>();
  for (const [kind, record] of items) {
    const index = counts.get(kind) ?? 0;
    counts.set(kind, index + 1);
    const result = checkInput(RECORD_SCHEMAS[kind], record, "refuse", [kind, index]);
    if (!result.ok)
      throw new Error(`the bench's record ${kind}[${index}] does not pass: ${result.issues[0]?.message}`);
    validated.push([kind, result.value as Record<string, unknown>]);
  }
  const seconds = (run: () => void) => {
    const start = performance.now();
    run();
    return (performance.now() - start) / 1000;
  };
  const addRatios: number[] = [];
  const checkRatios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Each pair in both orders in turn, so that neither side always runs on a warmer or fuller heap.
    const pair = (a: () => void, b: () => void): [number, number] => {
      if (round % 2 === 0) return [seconds(a), seconds(b)];
      const [tb, ta] = [seconds(b), seconds(a)];
      return [ta, tb];
    };
    const [old, compact] = pair(
      () => feed(new MapRecordChecker(), validated),
      () => feed(new RecordChecker(), validated),
    );
    const [check, compiledAlone] = pair(
      () => {
        for (const [kind, record] of items) checkInput(RECORD_SCHEMAS[kind], record);
      },
      () => {
        for (const [kind, record] of items) compiledSchema(RECORD_SCHEMAS[kind]).safeParse(record);
      },
    );
    addRatios.push(compact / old);
    checkRatios.push(check / compiledAlone);
    console.log(
      `round ${round + 1}: add old ${old.toFixed(3)} s, new ${compact.toFixed(3)} s (${(compact / old).toFixed(2)}×); ` +
        `checkInput ${check.toFixed(3)} s, the compiled safeParse alone ${compiledAlone.toFixed(3)} s (${(check / compiledAlone).toFixed(2)}×)`,
    );
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  console.log(
    `median ratios: add new/old ${median(addRatios).toFixed(2)}×, checkInput/compiled safeParse ${median(checkRatios).toFixed(2)}× (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
  );
}

/** The bench's records with faults put in, so that the two checkers have issues to agree on. */
function* withFaults(count: number): Generator<Item> {
  let n = 0;
  let previous: Item | undefined;
  for (const item of records(count)) {
    n++;
    const [kind, record] = item;
    if (n % 997 === 0 && previous?.[0] === kind) yield [kind, { ...record, id: previous[1].id }];
    else if (n % 1_009 === 0 && typeof record.memberId === "string")
      yield [kind, { ...record, memberId: "m-nobody" }];
    else yield item;
    if (kind === "attendances" && n % 13 === 0) yield item;
    previous = item;
  }
}

function sameIssues(): void {
  const count = Math.min(members, 20_000);
  const old = new MapRecordChecker();
  const compact = new RecordChecker();
  feed(old, withFaults(count));
  feed(compact, withFaults(count));
  const a = JSON.stringify(old.issues());
  const b = JSON.stringify(compact.issues());
  console.log(
    `\n## Same issues at ${count.toLocaleString("en")} members with faults: ${old.issues().length} issues, equal: ${a === b}`,
  );
  if (a !== b) process.exitCode = 1;
}

sameIssues();
time();
memory();
