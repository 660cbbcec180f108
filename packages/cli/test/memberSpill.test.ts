import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { arraySource, RECORD_KINDS, readSource } from "@shuangbaodao/core";
import { cleanRecords } from "@shuangbaodao/core/conformance";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemberSpill } from "../src/memberSpill";
import { cli, EXAMPLE_ASSESS, spilled, tempDir } from "./support";

const MEMBERS_OWN: readonly string[] = [
  ...["members", "residences", "reports", "postClaims", "services", "attendances", "feedback", "selfReports"],
];

afterEach(() => vi.restoreAllMocks());

describe("MemberSpill: the members' records on disk, a partition at a time", () => {
  it("gives back every record, partitions in member order, each list in the order read, even records read before their member", async () => {
    const dataset = await readSource(arraySource(cleanRecords(), "clean"));
    expect(dataset.members.length).toBeGreaterThan(2);
    for (const kinds of [RECORD_KINDS, [...RECORD_KINDS].reverse()]) {
      const spill = spilled(dataset, kinds, 1);
      const parts = [...spill.partitions()];
      spill.remove();
      expect(parts).toHaveLength(dataset.members.length);
      for (const kind of RECORD_KINDS) {
        if (kind === "communityEvents") continue;
        const inParts = parts.flatMap((part) => part[kind] as object[]);
        // The members' own lists are split among the parts; every other list is held, the same in every part.
        expect(MEMBERS_OWN.includes(kind) ? inParts : parts[0]?.[kind], kind).toStrictEqual(dataset[kind]);
      }
      // Each part has the events of the communities its members lived in, each community's in the order read.
      for (const part of parts) {
        const communities = [...new Set(part.residences.map((r) => r.communityId))];
        const expected = communities.flatMap((c) =>
          dataset.communityEvents.filter((e) => e.communityId === c),
        );
        expect(part.communityEvents).toStrictEqual(expected);
      }
      expect(parts.some((part) => part.communityEvents.length > 0)).toBe(true);
      expect(parts.map((part) => part.members.map((m) => m.id))).toEqual(dataset.members.map((m) => [m.id]));
    }
  });

  it("removes its folder when removed, and on Ctrl-C, exiting 130 unless a later handler exits", () => {
    const spill = new MemberSpill();
    spill.add("members", { id: "m1" }, 0);
    expect([...spill.partitions()]).toHaveLength(1);
    // Read once: what only the partitions needed is let go as they are read.
    expect(() => [...spill.partitions()]).toThrow(/only once/);
    expect(readdirSync(spill.folder)).toEqual(["partition-0"]);
    spill.remove();
    expect(existsSync(spill.folder)).toBe(false);

    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    const interrupted = new MemberSpill();
    for (let index = 0; index < 600; index++) interrupted.add("members", { id: `m${index}` }, index);
    expect(readdirSync(interrupted.folder)).toEqual(["partition-0"]);
    process.emit("SIGINT", "SIGINT");
    expect(existsSync(interrupted.folder)).toBe(false);
    expect(exit).toHaveBeenCalledWith(130);

    // While the report is written, writeAtomically's handler (registered later) is the one that exits.
    exit.mockClear();
    const writing = new MemberSpill();
    const laterHandler = vi.fn();
    process.once("SIGTERM", laterHandler);
    process.emit("SIGTERM", "SIGTERM");
    expect(existsSync(writing.folder)).toBe(false);
    expect(laterHandler).toHaveBeenCalled();
    expect(exit).not.toHaveBeenCalled();
  });
});

describe("assess removes its partition files", () => {
  it("after a report is written, and after a workbook is refused", async () => {
    const dir = tempDir();
    const spillParent = tempDir();
    const tmpdirBefore = process.env.TMPDIR;
    process.env.TMPDIR = spillParent;
    try {
      const done = await cli([...EXAMPLE_ASSESS, "--out", join(dir, "report.xlsx")], { cwd: dir });
      expect(done.code).toBe(0);
      expect(readdirSync(spillParent)).toEqual([]);
      // The blank template has no member: read, then refused.
      expect((await cli(["template", "--out", join(dir, "blank.xlsx")])).code).toBe(0);
      const refused = await cli(["assess", join(dir, "blank.xlsx"), "--year", "2019"], { cwd: dir });
      expect(refused.code).toBe(1);
      expect(readdirSync(spillParent)).toEqual([]);
    } finally {
      if (tmpdirBefore === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdirBefore;
    }
  }, 120_000);
});
