import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/dataset";
import { groupByMember } from "./groupByMember";

function datasetOf(residentOf: string[][], eventsIn: Record<string, number>): Dataset {
  const communities = Object.keys(eventsIn);
  return {
    members: residentOf.map((_, i) => ({
      id: `m${i}`,
      unitId: "u1",
      inService: true,
      cadreCandidateYears: [],
    })),
    residences: residentOf.flatMap((list, i) =>
      list.map((communityId, k) => ({
        id: `r${i}-${k}`,
        memberId: `m${i}`,
        communityId,
        from: "2019-01-01",
      })),
    ),
    reports: [],
    postClaims: [],
    services: [],
    communityEvents: communities.flatMap((communityId) =>
      Array.from({ length: eventsIn[communityId] ?? 0 }, (_, k) => ({
        id: `${communityId}-e${k}`,
        communityId,
        date: "2019-06-01",
        kind: "themed-day",
      })),
    ),
    attendances: [],
    feedback: [],
    selfReports: [],
  } as unknown as Dataset;
}

describe("groupByMember: each member's records, community events from every community lived in", () => {
  it("gives each member the events of their communities, in the order the member's residences name them", () => {
    const dataset = datasetOf([["c1"], ["c1"], ["c2", "c1"]], { c1: 2, c2: 1 });
    const bundles = [...groupByMember(dataset)];
    expect(bundles.map((bundle) => bundle.communityEvents.map((event) => event.id))).toStrictEqual([
      ["c1-e0", "c1-e1"],
      ["c1-e0", "c1-e1"],
      ["c2-e0", "c1-e0", "c1-e1"],
    ]);
  });

  it("property: the same events as one flat list of each community's, and no two members share a list", () => {
    const community = fc.constantFrom("c0", "c1", "c2", "c3");
    fc.assert(
      fc.property(
        fc.array(fc.array(community, { maxLength: 3 }), { maxLength: 12 }),
        fc.record({ c0: fc.nat(5), c1: fc.nat(5), c2: fc.nat(5), c3: fc.nat(5) }),
        (residentOf, eventsIn) => {
          const dataset = datasetOf(residentOf, eventsIn);
          const bundles = [...groupByMember(dataset)];
          bundles.forEach((bundle, i) => {
            const expected = [...new Set(residentOf[i])].flatMap((c) =>
              dataset.communityEvents.filter((event) => event.communityId === c),
            );
            expect(bundle.communityEvents).toStrictEqual(expected);
          });
          // A caller may change one member's list without changing another's.
          const lists = bundles.map((bundle) => bundle.communityEvents);
          expect(new Set(lists).size).toBe(lists.length);
          for (const list of lists) expect(dataset.communityEvents).not.toBe(list);
        },
      ),
    );
  });
});
