import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import {
  type AuditDataset,
  MEMBER_RECORD_COLLECTIONS,
  RECORD_KINDS,
  type RecordKind,
} from "@shuangbaodao/core";
import { EventsByCommunity } from "./eventsByCommunity";
import type { PartitionedDataset } from "./partitionedDataset";
import { type FlatCursor, RecordShapes } from "./recordShapes";

/** The lists `groupByMember` splits by member: spilled with their member, not held. */
const MEMBER_LISTS = MEMBER_RECORD_COLLECTIONS;

type MemberList = (typeof MEMBER_LISTS)[number];
type Spilled = "members" | MemberList;
/** A spilled record: its kind, its index among the records of its kind as read, the record. */
type Entry = [kind: Spilled, index: number, record: object];

const isSpilled = (kind: RecordKind): kind is Spilled =>
  kind === "members" || (MEMBER_LISTS as readonly string[]).includes(kind);

/** Records buffered for a file before they are written as one frame. */
const FRAME = 512;

/** The spilled kinds, numbered in a frame. */
const SPILLED_KINDS: readonly Spilled[] = ["members", ...MEMBER_LISTS];

/**
 * One file of frames: each a 4-byte length, then `v8.serialize` of a flat
 * list of entries, each its kind's number, its index and its record
 * (`RecordShapes`).
 */
class FrameFile {
  readonly #path: string;
  readonly #shapes: RecordShapes;
  #fd: number | undefined;
  #buffered: Entry[] = [];

  constructor(path: string, shapes: RecordShapes) {
    this.#path = path;
    this.#shapes = shapes;
  }

  add(entry: Entry): void {
    this.#buffered.push(entry);
    if (this.#buffered.length >= FRAME) this.flush();
  }

  flush(): void {
    if (this.#buffered.length === 0) return;
    const flat: unknown[] = [];
    for (const [kind, index, record] of this.#buffered) {
      flat.push(SPILLED_KINDS.indexOf(kind), index);
      this.#shapes.write(record, flat);
    }
    const body = serialize(flat);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(body.length);
    this.#fd ??= openSync(this.#path, "a");
    writeSync(this.#fd, length);
    writeSync(this.#fd, body);
    this.#buffered = [];
  }

  /** Every entry written, in order; the file is closed first. */
  *entries(): Generator<Entry> {
    this.flush();
    this.close();
    let data: Buffer;
    try {
      data = readFileSync(this.#path);
    } catch {
      return; // nothing was ever written
    }
    for (let at = 0; at < data.length; ) {
      const length = data.readUInt32LE(at);
      const cursor: FlatCursor = { values: deserialize(data.subarray(at + 4, at + 4 + length)), at: 0 };
      while (cursor.at < cursor.values.length) {
        const kind = SPILLED_KINDS[cursor.values[cursor.at] as number] as Spilled;
        const index = cursor.values[cursor.at + 1] as number;
        cursor.at += 2;
        yield [kind, index, this.#shapes.read(cursor)];
      }
      at += 4 + length;
    }
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

/**
 * A workbook's records with the members' own held on disk, not in memory:
 * each member and their records (residences, reports, claims, services,
 * attendances, feedback, self-reports) are written to the temporary file of
 * the member's partition as they are read — `membersPerPartition` members a
 * partition, in the order of the 党员 sheet — the community events are held
 * in a file by community (`EventsByCommunity`), and every other kind (units,
 * organisations, the unit programme's records, visits) is kept. {@link MemberSpill.partitions} then gives one dataset at a time:
 * the kept records with one partition's members and theirs, in member order,
 * each list in the order read, so the members are assessed exactly as from
 * the whole dataset. A record read before its member (a sheet in front of the
 * 党员 sheet) waits in a file of its own until every member is known.
 * The files live in one temporary folder, removed by {@link MemberSpill.remove},
 * and also when the process exits or is stopped (Ctrl-C) before that.
 */
export class MemberSpill implements PartitionedDataset {
  /** The temporary folder of the partition files. */
  readonly folder = mkdtempSync(join(tmpdir(), "shuangbaodao-assess-"));
  readonly #membersPerPartition: number;
  readonly #partitionOf = new Map<string, number>();
  #partitioned = false;
  readonly #files: FrameFile[] = [];
  /** The records' shapes, shared by the files: a record that waited in `early` moves to its partition's file. */
  readonly #shapes = new RecordShapes();
  readonly #early = new FrameFile(join(this.folder, "early"), this.#shapes);
  /** The community events, by community: each partition is given its own communities' (`kept` has none). */
  readonly #events = new EventsByCommunity(join(this.folder, "events"));
  /** Every list but the members' own and the community events, as `readSource` would give them. */
  readonly kept = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as AuditDataset;
  memberCount = 0;

  readonly #removeOnExit = () => this.remove();
  // 128 + the signal's number, as a shell reports it. A handler registered later
  // (writeAtomically's, removing a partial report) exits in its turn; else this one does.
  readonly #removeOnSignal = (signal: NodeJS.Signals) => {
    this.remove();
    if (process.listenerCount(signal) === 0) process.exit(signal === "SIGINT" ? 130 : 143);
  };

  constructor(membersPerPartition = 2_000) {
    this.#membersPerPartition = membersPerPartition;
    process.once("exit", this.#removeOnExit);
    process.once("SIGINT", this.#removeOnSignal);
    process.once("SIGTERM", this.#removeOnSignal);
  }

  /** A validated record, with its index among the records of its kind (a `readSourceInto` sink). */
  add(kind: RecordKind, record: object, index: number): void {
    if (kind === "communityEvents") {
      this.#events.add(record as AuditDataset["communityEvents"][number]);
      return;
    }
    if (!isSpilled(kind)) {
      (this.kept[kind] as object[]).push(record);
      return;
    }
    if (kind === "members") {
      const { id } = record as { id: string };
      // A duplicate ID is refused by the checks; the first one's partition stands.
      if (!this.#partitionOf.has(id))
        this.#partitionOf.set(id, Math.floor(index / this.#membersPerPartition));
      this.memberCount += 1;
      this.#fileOf(Math.floor(index / this.#membersPerPartition)).add([kind, index, record]);
      return;
    }
    const partition = this.#partitionOf.get((record as { memberId: string }).memberId);
    if (partition === undefined) this.#early.add([kind, index, record]);
    else this.#fileOf(partition).add([kind, index, record]);
  }

  /**
   * Each partition as a dataset, in member order: call once, when every
   * record is read and checked. Records read before their member go to
   * theirs first. What only the partitions needed (which member is in
   * which, the community events) is let go as they are read.
   */
  *partitions(): Generator<AuditDataset> {
    if (this.#partitioned) throw new Error("MemberSpill: the partitions can be read only once");
    this.#partitioned = true;
    for (const entry of this.#early.entries()) {
      const partition = this.#partitionOf.get((entry[2] as { memberId: string }).memberId);
      if (partition !== undefined) this.#fileOf(partition).add(entry);
    }
    // Every record is in its partition's file now.
    this.#partitionOf.clear();
    for (const file of this.#files) {
      const part: AuditDataset = { ...this.kept, members: [] };
      for (const list of MEMBER_LISTS) part[list] = [];
      const indexed = new Map<Spilled, [number, object][]>();
      for (const [kind, index, record] of file.entries()) {
        const list = indexed.get(kind) ?? [];
        if (list.length === 0) indexed.set(kind, list);
        list.push([index, record]);
      }
      for (const [kind, list] of indexed) {
        // In the order read: a record that waited for its member comes after later ones of its kind.
        list.sort((a, b) => a[0] - b[0]);
        (part[kind] as object[]) = list.map(([, record]) => record);
      }
      part.communityEvents = this.#events.of(new Set(part.residences.map((r) => r.communityId)));
      yield part;
    }
    this.#events.clear();
  }

  /** Removes the temporary files; safe to call more than once. */
  remove(): void {
    for (const file of [...this.#files, this.#early]) file.close();
    this.#events.clear();
    rmSync(this.folder, { recursive: true, force: true });
    process.removeListener("exit", this.#removeOnExit);
    process.removeListener("SIGINT", this.#removeOnSignal);
    process.removeListener("SIGTERM", this.#removeOnSignal);
  }

  #fileOf(partition: number): FrameFile {
    for (let next = this.#files.length; next <= partition; next++) {
      this.#files.push(new FrameFile(join(this.folder, `partition-${next}`), this.#shapes));
    }
    return this.#files[partition] as FrameFile;
  }
}
