import { describe, expect, it } from "vitest";
import { dayNumberOf, fromDayNumber } from "../../calendar/dayNumber";
import { ReadCounter } from "../../testing/readCounter";
import { createMemberContext } from "../memberContext";
import { HOME, memberRecords, OTHER, reportOn } from "../testing/memberRecordsBuilder";
import { CITY } from "../testing/verdictOf";
import { decideReReport } from "./decideReReport";

/** Reads of dated residences and reports while deciding `M-REREPORT` for a member who moved `n` times. */
function readsWithMoves(n: number): number {
  const first = dayNumberOf(2020, 1, 1);
  const moves = Array.from({ length: n }, (_, i) => ({
    id: `r${i + 2}`,
    memberId: "m1",
    ...(i % 2 === 0 ? OTHER : HOME),
    from: fromDayNumber(first + 2 * i),
  }));
  const records = memberRecords({
    residences: [{ id: "r1", memberId: "m1", ...HOME, from: "2015-01-01" }, ...moves],
    reports: [reportOn("2019-10-20"), ...moves.map((m, i) => reportOn(m.from, `rep${i}`, m.communityId))],
  });
  const ctx = createMemberContext(records, CITY, { year: 2020 });
  const counter = new ReadCounter();
  ctx.residences = counter.watchEach(ctx.residences);
  ctx.reports = counter.watchEach(ctx.reports);
  const verdict = decideReReport(ctx);
  expect(verdict.status).toBe("met");
  return counter.reads;
}

describe("M-REREPORT at scale", () => {
  it("finds each move's re-report without scanning every report: twice the moves, about twice the reads", () => {
    // Scanning all reports (and all residences) for each move (the old way) reads four times as much.
    const ratio = readsWithMoves(400) / readsWithMoves(200);
    expect(ratio).toBeLessThan(2.5);
  });
});
