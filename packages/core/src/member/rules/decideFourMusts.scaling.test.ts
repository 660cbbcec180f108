import { describe, expect, it } from "vitest";
import { dayNumberOf, fromDayNumber } from "../../calendar/dayNumber";
import { ReadCounter } from "../../testing/readCounter";
import { assessMember } from "../assessMember";
import { HOME, memberRecords } from "../testing/memberRecordsBuilder";
import { CITY } from "../testing/verdictOf";

/** Record reads of a member-year with `n` events of the home community, all attended. */
function readsWithEvents(n: number): number {
  const first = dayNumberOf(2020, 1, 1);
  const events = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    communityId: HOME.communityId,
    date: fromDayNumber(first + i),
    kind: "major-arrangement" as const,
    title: "重大安排",
  }));
  const attendances = events.map((e, i) => ({ id: `a${i}`, eventId: e.id, memberId: "m1" }));
  const records = memberRecords({ communityEvents: events, attendances });
  const counter = new ReadCounter();
  const watched = {
    ...records,
    communityEvents: counter.watchEach(records.communityEvents),
    attendances: counter.watchEach(records.attendances),
  };
  const verdict = assessMember(watched, CITY, { year: 2020 }).verdicts.find(
    (v) => v.ruleId === "M-FOUR-MUSTS",
  );
  expect(verdict).toMatchObject({ status: "met", facts: { expectedEvents: n, attendedEvents: n } });
  return counter.reads;
}

describe("M-FOUR-MUSTS at scale", () => {
  it("reads each event and attendance a bounded number of times: twice the records, about twice the reads", () => {
    // Pairing every attendance with every event (the old way) reads four times as much for twice the records.
    const ratio = readsWithEvents(360) / readsWithEvents(180);
    expect(ratio).toBeLessThan(2.5);
  });
});
