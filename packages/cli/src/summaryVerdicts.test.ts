import { join } from "node:path";
import { assessDataset, getEdition } from "@shuangbaodao/core";
import { triggerLabels } from "@shuangbaodao/excel";
import { describe, expect, it } from "vitest";
import { readDataset } from "./readDataset";
import { SummaryVerdicts } from "./summaryVerdicts";

const EXAMPLE = join(import.meta.dirname, "../../../examples/zhengzhou-2019-health-commission/records.xlsx");

describe("SummaryVerdicts", () => {
  it("keeps what the summaries read of each member's consequence verdicts, one shared frozen list per shape", async () => {
    const silent = { stdout: () => {}, stderr: () => {}, interactive: false, cwd: process.cwd() };
    const read = await readDataset(silent, EXAMPLE, "en");
    if (!read.ok) throw new Error(read.errors);
    const result = assessDataset(read.dataset, getEdition("zhengzhou-2019-health-commission"), {
      year: 2019,
    });
    const summary = new SummaryVerdicts();
    const lists = result.members.map((m) => summary.of(m.verdicts));

    for (const [k, member] of result.members.entries()) {
      const full = member.verdicts.filter(
        (v) =>
          (v.ruleId === "M-NOT-EXCELLENT" || v.ruleId === "M-CADRE-BAR") &&
          (v.status === "unmet" || v.status === "pending"),
      );
      const kept = lists[k] ?? [];
      expect(kept.map((v) => [v.ruleId, v.status, v.reason, v.provisional, triggerLabels(v)])).toEqual(
        full.map((v) => [v.ruleId, v.status, v.reason, v.provisional, triggerLabels(v)]),
      );
      for (const v of kept) expect(v).not.toHaveProperty("explanation");
      expect(Object.isFrozen(kept)).toBe(true);
    }
    // Members with the same consequences share one list: fewer lists than members, and no list twice by content.
    const distinct = new Set(lists);
    expect(distinct.size).toBeLessThan(lists.length);
    expect(new Set([...distinct].map((l) => JSON.stringify(l))).size).toBe(distinct.size);
  });
});
