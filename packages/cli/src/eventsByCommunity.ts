import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { CommunityEvent } from "@shuangbaodao/core";

/** Events of one community buffered before they are serialised as one frame. */
const FRAME = 64;

/**
 * The community events of a large workbook, held by community in a file:
 * each community's as `v8.serialize`d frames appended to `path`, with only
 * where each frame is kept in memory, read back only for the members whose
 * residences name the community. (Held in memory, the frames of the 196,003
 * events of the bench's 100k members were about 20 MB of the run's peak;
 * docs/performance.md.) A member's assessment sees only the events of
 * communities they lived in (`groupByMember`), so a partition given its own
 * communities' events, each community's in the order read, is assessed
 * exactly as from all of them.
 */
export class EventsByCommunity {
  readonly #path: string;
  #fd: number | undefined;
  #size = 0;
  /** Each community's frames: where each starts in the file and how long it is, in turn. */
  readonly #frames = new Map<string, number[]>();
  readonly #waiting = new Map<string, CommunityEvent[]>();

  constructor(path: string) {
    this.#path = path;
  }

  add(event: CommunityEvent): void {
    let waiting = this.#waiting.get(event.communityId);
    if (waiting === undefined) {
      waiting = [];
      this.#waiting.set(event.communityId, waiting);
    }
    waiting.push(event);
    if (waiting.length >= FRAME) this.#seal(event.communityId, waiting);
  }

  /** The events of these communities: each community's in the order read, the communities in the order given. */
  of(communities: Iterable<string>): CommunityEvent[] {
    const events: CommunityEvent[] = [];
    for (const community of communities) {
      const waiting = this.#waiting.get(community);
      if (waiting !== undefined && waiting.length > 0) this.#seal(community, waiting);
      const frames = this.#frames.get(community) ?? [];
      for (let k = 0; k < frames.length; k += 2) {
        const frame = Buffer.allocUnsafe(frames[k + 1] as number);
        readSync(this.#fd as number, frame, 0, frame.length, frames[k] as number);
        // Frozen, as records that passed the core's check are: the members of a community then share
        // one dating and sorting of its events (the core's `datedEvents`).
        for (const event of deserialize(frame) as CommunityEvent[]) events.push(Object.freeze(event));
      }
    }
    return events;
  }

  /** Lets every event go and removes the file, once the last partition has its own; safe to call more than once. */
  clear(): void {
    this.#frames.clear();
    this.#waiting.clear();
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    rmSync(this.#path, { force: true });
  }

  #seal(community: string, waiting: CommunityEvent[]): void {
    let frames = this.#frames.get(community);
    if (frames === undefined) {
      frames = [];
      this.#frames.set(community, frames);
    }
    const frame = serialize(waiting);
    this.#fd ??= openSync(this.#path, "w+");
    writeSync(this.#fd, frame, 0, frame.length, this.#size);
    frames.push(this.#size, frame.length);
    this.#size += frame.length;
    this.#waiting.set(community, []);
  }
}
