import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../collections/compareCodePoints";
import { drawMemberSample } from "./drawMemberSample";
import { MemberSample, sampledMemberIds } from "./memberSample";
import { rankOf } from "./rank";
import { SamplingInputError } from "./samplingError";
import { CITY, DOC_SEED, members, request, withSampling } from "./testing/fixtures";

describe("drawMemberSample: size", () => {
  it("draws ceil(20%): 10 members → 2, 11 → 3, 0 → 0", () => {
    expect(drawMemberSample(request(members(10)), CITY).drawn).toHaveLength(2);
    expect(drawMemberSample(request(members(11)), CITY).drawn).toHaveLength(3);
    const none = drawMemberSample(request([]), CITY);
    expect(none.requiredSize).toBe(0);
    expect(none.drawn).toEqual([]);
    expect(none.populationHash).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("computes the size on the exact decimal: 0.2 × 10 is 2, not 3", () => {
    // In binary floating point 0.2 × 10 rounds fine, but 0.1 × 3 = 0.30000000000000004 does not.
    expect(drawMemberSample(request(members(3)), withSampling({ spotCheckRate: 0.1 })).requiredSize).toBe(1);
    expect(drawMemberSample(request(members(30)), withSampling({ spotCheckRate: 0.1 })).requiredSize).toBe(3);
    expect(drawMemberSample(request(members(7)), withSampling({ spotCheckRate: 0.7 })).requiredSize).toBe(5);
    expect(drawMemberSample(request(members(100)), withSampling({ spotCheckRate: 0.07 })).requiredSize).toBe(
      7,
    );
  });

  it("counts only members in scope on the sampling date", () => {
    const population = [
      ...members(10),
      { id: "RETIRED", inService: false, branchId: "B0" },
      { id: "LATE", inService: true, branchId: "B0", inScopeFrom: "2019-11-02" },
      { id: "ONTIME", inService: true, branchId: "B0", inScopeFrom: "2019-11-01" },
    ];
    const sample = drawMemberSample(request(population), CITY);
    expect(sample.populationSize).toBe(11);
    expect(sample.requiredSize).toBe(3);
    expect(sample.drawn).not.toContain("RETIRED");
    expect(sample.drawn).not.toContain("LATE");
  });

  it("accepts plain IDs as a population in scope", () => {
    const ids = members(10).map((m) => m.id);
    const fromIds = drawMemberSample(request(ids), CITY);
    const fromMembers = drawMemberSample(request(members(10)), CITY);
    expect(fromIds).toEqual(fromMembers);
  });
});

describe("drawMemberSample: the worked example of docs/sampling.md", () => {
  // Expected values computed independently with the Python reference implementation in the doc.
  it("ranks by SHA-256(seed ‖ 0x00 ‖ ID)", () => {
    expect(rankOf(DOC_SEED, "M001")).toBe("9633e58ec0335052228c9b0c7de1b507dfb31cc5a27cd3726bcccf56cc7e4e9c");
  });

  it("draws M005 and M009 from M001…M010", () => {
    const sample = drawMemberSample(request(members(10)), CITY);
    expect(sample.populationHash).toBe("f4a39bd24308b63c243b9991f616dcf9caff648ffba59609fb883d166bde95d6");
    expect(sample.drawn).toEqual(["M005", "M009"]);
    expect(sample.rate).toBe("0.2");
    expect(sample.edition).toEqual({ id: CITY.id, version: CITY.version });
    expect(sample.algorithm).toEqual({ name: "shuangbaodao-sha256-lowest-rank", version: "1" });
  });

  it("stratified by branch (B0/B1/B2 by i mod 3) draws M005 and M004", () => {
    const sample = drawMemberSample(
      request(
        members(10, (i) => `B${i % 3}`),
        { stratifyBy: "branch" },
      ),
      CITY,
    );
    expect(sample.populationHash).toBe("55acb1d9d175533416628c112fabe7333a6c95c15da23dafd1055bb2bd052373");
    expect(sample.drawn).toEqual(["M005", "M004"]);
  });

  it("stratified 30/15/5 shares 10 places as 6/3/1", () => {
    const branch = (i: number) => (i <= 30 ? "甲支部" : i <= 45 ? "乙支部" : "丙支部");
    const sample = drawMemberSample(request(members(50, branch), { stratifyBy: "branch" }), CITY);
    expect(sample.populationHash).toBe("d1fb2634b71d9074525631dee4d1e9f8e27177471f70cb9ec10e957a76bfc1cc");
    expect(sample.drawn).toEqual([
      "M018",
      "M023",
      "M012",
      "M042",
      "M031",
      "M020",
      "M005",
      "M032",
      "M009",
      "M048",
    ]);
    expect(sample.strata?.map((s) => [s.branchId, s.populationSize, s.allocated])).toEqual([
      ["丙支部", 5, 1],
      ["乙支部", 15, 3],
      ["甲支部", 30, 6],
    ]);
  });
});

describe("drawMemberSample: stratification", () => {
  it("7 + 3 members with 2 places: one from each branch, total exact", () => {
    const sample = drawMemberSample(
      request(
        members(10, (i) => (i <= 7 ? "A" : "B")),
        { stratifyBy: "branch" },
      ),
      CITY,
    );
    expect(sample.requiredSize).toBe(2);
    expect(sample.strata?.map((s) => s.allocated)).toEqual([1, 1]);
    expect(sample.drawn).toHaveLength(2);
    expect(sample.drawn.filter((id) => Number(id.slice(1)) <= 7)).toHaveLength(1);
  });

  it("gives every non-empty branch at least one when there are places enough", () => {
    // 97 + 2 + 1 = 100 members, 20 places: a plain proportional share would give the small branches 0.
    const branch = (i: number) => (i <= 97 ? "big" : i <= 99 ? "small" : "tiny");
    const sample = drawMemberSample(request(members(100, branch), { stratifyBy: "branch" }), CITY);
    const allocated = Object.fromEntries(sample.strata?.map((s) => [s.branchId, s.allocated]) ?? []);
    expect(allocated).toEqual({ big: 18, small: 1, tiny: 1 });
    expect(sample.drawn).toHaveLength(20);
  });

  it("with fewer places than branches, the largest branches get one each", () => {
    // 5 branches of sizes 5,4,3,2,1 = 15 members → 3 places.
    const sizes = [5, 4, 3, 2, 1];
    const branchOf = (i: number) => {
      let left = i;
      for (const [b, size] of sizes.entries()) {
        if (left <= size) return `B${b}`;
        left -= size;
      }
      return "?";
    };
    const sample = drawMemberSample(request(members(15, branchOf), { stratifyBy: "branch" }), CITY);
    expect(sample.strata?.map((s) => s.allocated)).toEqual([1, 1, 1, 0, 0]);
  });

  it("refuses a branch draw over plain IDs or members without a branch", () => {
    expect(() => drawMemberSample(request(["M1", "M2"], { stratifyBy: "branch" }), CITY)).toThrow(
      SamplingInputError,
    );
    expect(() =>
      drawMemberSample(request([{ id: "M1", inService: true }], { stratifyBy: "branch" }), CITY),
    ).toThrow(/branchId/);
  });
});

describe("drawMemberSample: must-visit and top-up", () => {
  it("puts must-visit members first and counts them toward the size", () => {
    const sample = drawMemberSample(request(members(10), { mustVisit: ["M010", "NOBODY"] }), CITY);
    expect(sample.mustVisit).toEqual(["M010"]);
    expect(sample.drawn).toEqual(["M005"]);
    expect(sample.notInScope).toEqual(["NOBODY"]);
    expect(sampledMemberIds(sample)).toEqual(["M010", "M005"]);
    expect(sample.sampleSize).toBe(2);
  });

  it("is exactly the must-visit members when they exceed the size", () => {
    const sample = drawMemberSample(request(members(10), { mustVisit: ["M003", "M001", "M002"] }), CITY);
    expect(sampledMemberIds(sample)).toEqual(["M001", "M002", "M003"]);
    expect(sample.drawn).toEqual([]);
  });

  it("a top-up excludes members already visited and draws only what is left", () => {
    const first = drawMemberSample(request(members(20)), CITY);
    expect(first.drawn).toHaveLength(4);
    const visitedFirst = first.drawn[0] as string;
    const topUp = drawMemberSample(request(members(20), { alreadyVisited: [visitedFirst, "M020"] }), CITY);
    expect(topUp.alreadyVisited).toEqual([visitedFirst, "M020"].sort());
    expect(topUp.drawn).toHaveLength(2);
    expect(topUp.drawn).not.toContain(visitedFirst);
    expect(topUp.drawn).not.toContain("M020");
  });

  it("draws nothing when the already-visited members reach the size", () => {
    const sample = drawMemberSample(request(members(10), { alreadyVisited: ["M001", "M002"] }), CITY);
    expect(sample.drawn).toEqual([]);
    expect(sample.sampleSize).toBe(0);
  });
});

describe("drawMemberSample: input it refuses", () => {
  it.each([
    ["a duplicate ID", request(["M1", "M2", "M1"]), "duplicate-id"],
    ["an ID in and out of scope", request([{ id: "M1", inService: false }, "M1"]), "duplicate-id"],
    [
      "an ID twice out of scope",
      request(["M2", { id: "M1", inService: false }, { id: "M1", inService: false }]),
      "duplicate-id",
    ],
    ["an ID with surrounding space", request([" M1"]), "invalid-id"],
    ["an ID with a tab", request(["M\t1"]), "invalid-id"],
    ["an empty ID", request([""]), "invalid-id"],
    ["a seed with a NUL", request(["M1"], {}, "abc\u0000"), "invalid-seed"],
    ["an empty seed", request(["M1"], {}, ""), "invalid-seed"],
    [
      "a sampling date outside the year",
      { ...request(["M1"]), samplingDate: "2020-01-01" },
      "date-outside-year",
    ],
    [
      "a sampling date that does not exist",
      { ...request(["M1"]), samplingDate: "2019-02-30" },
      "invalid-date",
    ],
  ])("refuses %s", (_, input, code) => {
    try {
      drawMemberSample(input, CITY);
      expect.unreachable("the draw should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(SamplingInputError);
      expect((error as SamplingInputError).code).toBe(code);
    }
  });
});

describe("drawMemberSample: large populations", () => {
  it("finds a duplicate among 6,000 IDs and names it", () => {
    const ids = Array.from({ length: 6000 }, (_, i) => `M${(i * 7919) % 6000}`);
    ids.push("M4321");
    expect(() => drawMemberSample(request(ids), CITY)).toThrow(/M4321 appears twice/);
  });

  it("finds an out-of-scope member whose ID is also in scope, wherever it sorts", () => {
    // IDs above U+FFFF sort differently by code point than by UTF-16 unit: the search must use code points.
    const ids = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `M\u{1F600}${i}` : `M\uFF10${i}`));
    for (const clash of [ids[0], ids[1], ids[1499], ids[2998], ids[2999]] as string[]) {
      const population = [...ids, { id: clash, inService: false }, { id: "OUT", inService: false }];
      expect(() => drawMemberSample(request(population), CITY)).toThrow(`Member ${clash} appears twice`);
    }
    expect(
      drawMemberSample(request([...ids, { id: "M\uFF10", inService: false }]), CITY).populationSize,
    ).toBe(3000);
  });

  it("draws 1,200 of 6,000 with the hash of their sorted IDs", () => {
    const ids = Array.from({ length: 6000 }, (_, i) => `M${(i * 7919) % 6000}`);
    const sample = drawMemberSample(request(ids), CITY);
    expect(sample.drawn).toHaveLength(1200);
    expect(new Set(sample.drawn).size).toBe(1200);
    expect(sample.populationHash).toBe(
      bytesToHex(sha256(utf8ToBytes(`${[...ids].sort(compareCodePoints).join("\n")}\n`))),
    );
  });
});

describe("drawMemberSample: output", () => {
  it("has the shape of the MemberSample schema", () => {
    const sample = drawMemberSample(
      request(
        members(23, (i) => `B${i % 4}`),
        { stratifyBy: "branch", mustVisit: ["M002"] },
      ),
      CITY,
    );
    expect(MemberSample.parse(sample)).toEqual(sample);
  });

  it("records the options de-duplicated and sorted", () => {
    const sample = drawMemberSample(request(members(10), { mustVisit: ["M009", "M002", "M009"] }), CITY);
    expect(sample.options).toEqual({ stratifyBy: "none", mustVisit: ["M002", "M009"], alreadyVisited: [] });
  });
});
