import type { CommunityEvent } from "@shuangbaodao/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventsByCommunity } from "./eventsByCommunity";

const event = (communityId: string, n: number): CommunityEvent =>
  ({
    id: `${communityId}-e${n}`,
    communityId,
    date: "2019-05-01",
    kind: "major-arrangement",
    title: `活动 ${n}`,
  }) satisfies CommunityEvent;

describe("EventsByCommunity", () => {
  it("gives back each community's events in the order read, the communities in the order asked, across frames", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("c1", "c2", "c3", "c4"), { maxLength: 400 }),
        fc.uniqueArray(fc.constantFrom("c1", "c2", "c3", "c4", "c-none")),
        (order, asked) => {
          const store = new EventsByCommunity();
          const read = order.map((c, n) => event(c, n));
          for (const e of read) store.add(e);
          const expected = asked.flatMap((c) => read.filter((e) => e.communityId === c));
          expect(store.of(asked)).toEqual(expected);
          // Asked again (a later partition), the same.
          expect(store.of(asked)).toEqual(expected);
        },
      ),
    );
  });
});
