import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommunityEvent } from "@shuangbaodao/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { EventsByCommunity } from "./eventsByCommunity";

const event = (communityId: string, n: number): CommunityEvent =>
  ({
    id: `${communityId}-e${n}`,
    communityId,
    date: "2019-05-01",
    kind: "major-arrangement",
    title: `活动 ${n}`,
  }) satisfies CommunityEvent;

const folder = mkdtempSync(join(tmpdir(), "shuangbaodao-events-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("EventsByCommunity", () => {
  it("gives back each community's events in the order read, the communities in the order asked, across frames", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("c1", "c2", "c3", "c4"), { maxLength: 400 }),
        fc.uniqueArray(fc.constantFrom("c1", "c2", "c3", "c4", "c-none")),
        (order, asked) => {
          const path = join(folder, "events");
          const store = new EventsByCommunity(path);
          const read = order.map((c, n) => event(c, n));
          for (const e of read) store.add(e);
          const expected = asked.flatMap((c) => read.filter((e) => e.communityId === c));
          expect(store.of(asked)).toEqual(expected);
          // Asked again (a later partition), the same.
          expect(store.of(asked)).toEqual(expected);
          store.clear();
          expect(existsSync(path)).toBe(false);
        },
      ),
    );
  });

  it("gives its events back frozen, as records that passed the core's check are, so that the core dates and sorts a community's events once for all its members", () => {
    const store = new EventsByCommunity(join(folder, "frozen"));
    for (let n = 0; n < 100; n++) store.add(event(n % 2 === 0 ? "c1" : "c2", n));
    const events = store.of(["c1", "c2"]);
    expect(events).toHaveLength(100);
    expect(events.every(Object.isFrozen)).toBe(true);
    store.clear();
  });
});
