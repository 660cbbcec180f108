import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../collections/compareCodePoints";
import { getEdition } from "../editions/registry";
import { validate } from "../model/validate";
import { assessDataset } from "./assessDataset";
import { AuditDataset } from "./auditDataset";

/*
 * Run under several host locales by `npm test` (files named *.locale.test.ts):
 * a collating sort puts `ä1` beside `a1` in en_US, after `z1` in sv_SE, and
 * `王芳` first in zh_CN. The library's order is the code point order, whatever
 * the host says.
 */
const IDS = ["z1", "王芳", "ä1", "a1", "Ａ", "😀"];
const CODE_POINT_ORDER = ["a1", "z1", "ä1", "王芳", "Ａ", "😀"];
const home = { communityId: "c1", communityName: "丰庆路社区", district: "金水区" };

function audit() {
  const dataset = validate(AuditDataset, {
    units: IDS.map((id) => ({ id: `u-${id}`, name: `单位 ${id}` })),
    members: IDS.map((id) => ({ id, name: id, unitId: `u-${id}`, branchId: "b", inService: true })),
    residences: IDS.map((id) => ({ id: `r-${id}`, memberId: id, ...home, from: "2015-01-01" })),
  });
  return assessDataset(dataset, getEdition("zhengzhou-2019"), { year: 2019, asOf: "2019-10-20" });
}

describe("output order does not depend on the host locale", () => {
  it("the fixed order is the code point order", () => {
    expect([...IDS].sort(compareCodePoints)).toEqual(CODE_POINT_ORDER);
  });

  it("early warnings list subjects in code point order", () => {
    const subjects = audit()
      .warnings?.ahead.filter((w) => w.ruleId === "M-REPORT")
      .map((w) => w.subject.id);
    expect(subjects).toEqual(CODE_POINT_ORDER);
  });

  it("the statistics table, the special reports and the member lists follow the same order", () => {
    const result = audit();
    const units = CODE_POINT_ORDER.map((id) => `u-${id}`);
    expect(result.statistics.deadlines.map((v) => v.subject.id)).toEqual(units);
    expect(result.organisationReports.map((r) => r.unitId)).toEqual(units);
    expect(result.statistics.total.memberIds).toEqual(CODE_POINT_ORDER);
  });
});
