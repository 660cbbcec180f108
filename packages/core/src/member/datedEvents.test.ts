import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CommunityEvent } from "../model/communityEvent";
import { datedEvents } from "./datedEvents";
import { datedAndSorted } from "./memberContext";

const event = (id: string, date: string): CommunityEvent => ({
  id,
  communityId: "c1",
  date,
  kind: "major-arrangement",
});

const frozen = (id: string, date: string): CommunityEvent => Object.freeze(event(id, date));

/** What `datedAndSorted` makes of a list, as plain values to compare. */
const expectedOf = (events: readonly CommunityEvent[]) =>
  datedAndSorted(events, (e) => e.date).map((d) => ({ record: d.record, day: d.day }));
const plain = (dated: ReturnType<typeof datedEvents>) => dated.map((d) => ({ record: d.record, day: d.day }));

describe("datedEvents", () => {
  it("dates and sorts a list as datedAndSorted does", () => {
    const events = [frozen("e2", "2019-07-01"), frozen("e1", "2019-07-01"), frozen("e3", "2019-03-01")];
    expect(plain(datedEvents(events)).map((d) => d.record.id)).toStrictEqual(["e3", "e1", "e2"]);
    expect(datedEvents([])).toStrictEqual([]);
  });

  it("gives a member's own list of the same frozen events, in the same order, the result made for another member's", () => {
    const shared = [frozen("e1", "2019-05-01"), frozen("e2", "2019-04-01")];
    const first = datedEvents(shared.slice());
    const second = datedEvents(shared.slice());
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.every(Object.isFrozen)).toBe(true);
  });

  it("keeps apart lists that start with the same event: a member who moved sees two communities' events", () => {
    const home = [frozen("h1", "2019-05-01"), frozen("h2", "2019-04-01")];
    const away = [frozen("a1", "2019-02-01")];
    const stayed = datedEvents(home.slice());
    const moved = datedEvents([...home, ...away]);
    expect(plain(moved).map((d) => d.record.id)).toStrictEqual(["a1", "h2", "h1"]);
    expect(datedEvents(home.slice())).toBe(stayed);
    expect(datedEvents([...home, ...away])).toBe(moved);
    // The same events in another order are another list: the result is the same, not reused.
    const reversed = datedEvents(home.slice().reverse());
    expect(reversed).not.toBe(stayed);
    expect(plain(reversed)).toStrictEqual(plain(stayed));
  });

  it("does not reuse a result made from events that are not frozen: one's date may have changed since", () => {
    const events = [event("e1", "2019-05-01"), event("e2", "2019-04-01")];
    expect(plain(datedEvents(events)).map((d) => d.record.id)).toStrictEqual(["e2", "e1"]);
    (events[0] as { date: string }).date = "2019-01-01";
    expect(plain(datedEvents(events)).map((d) => d.record.id)).toStrictEqual(["e1", "e2"]);
  });

  it("whatever lists come in turn, made of a few events frozen or not, gives what datedAndSorted gives", () => {
    // A small pool, so that lists repeat, share their first event and differ after it.
    const pool = [
      frozen("e1", "2019-01-01"),
      frozen("e2", "2019-01-01"),
      frozen("e3", "2019-06-30"),
      event("e4", "2019-03-01"),
      frozen("e5", "2020-02-29"),
    ];
    const list = fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 30 }), (lists) => {
        for (const indexes of lists) {
          const events = indexes.map((i) => pool[i] as CommunityEvent);
          expect(plain(datedEvents(events))).toStrictEqual(expectedOf(events));
        }
      }),
      { numRuns: 300 },
    );
  });
});
