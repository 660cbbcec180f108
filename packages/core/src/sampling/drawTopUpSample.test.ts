import { describe, expect, it } from "vitest";
import { drawMemberSample } from "./drawMemberSample";
import { drawTopUpSample } from "./drawTopUpSample";
import { CITY, members, request } from "./testing/fixtures";
import { verifyMemberSample } from "./verifyMemberSample";

describe("drawTopUpSample", () => {
  const population = members(20);
  const first = drawMemberSample(request(population), CITY); // 4 drawn

  it("leaves out members field-visited this year up to the sampling date and draws the rest", () => {
    const visits = [
      { id: "F1", memberId: first.drawn[0] as string, date: "2019-06-01", kind: "field-visit" as const },
      { id: "P1", memberId: first.drawn[1] as string, date: "2019-06-02", kind: "phone" as const },
      { id: "F0", memberId: first.drawn[2] as string, date: "2018-06-02", kind: "field-visit" as const },
      { id: "F9", memberId: first.drawn[3] as string, date: "2019-11-02", kind: "field-visit" as const },
    ];
    const topUp = drawTopUpSample(request(population), visits, CITY);
    expect(topUp.alreadyVisited).toEqual([first.drawn[0]]);
    // With the first draw's seed the others stay in line, in the same order.
    expect(topUp.drawn).toEqual(first.drawn.slice(1));
  });

  it("records the visited members as an option, so the top-up verifies like any draw", () => {
    const visits = [{ id: "F1", memberId: "M011", date: "2019-05-01", kind: "field-visit" as const }];
    const topUp = drawTopUpSample(request(population), visits, CITY);
    expect(topUp.options.alreadyVisited).toEqual(["M011"]);
    expect(verifyMemberSample(topUp, request(population, { alreadyVisited: ["M011"] }), CITY).ok).toBe(true);
    expect(verifyMemberSample(topUp, request(population), CITY).ok).toBe(false);
  });
});
