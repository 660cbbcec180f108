import { RULES, type Verdict } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { verdictColumns } from "./verdictsSheet";

const columns = verdictColumns();
const cell = (header: string, verdict: Verdict) =>
  columns.find((column) => column.header.en === header)?.value(verdict);

function verdictWith(citations: Verdict["citations"], edition: Verdict["edition"]): Verdict {
  return { ruleId: "M-REPORT", citations, edition } as unknown as Verdict;
}

describe("verdictColumns: citation and edition", () => {
  it("joins the catalogue's citations and names the edition", () => {
    const edition = Object.freeze({ id: "zhengzhou-2019", version: "1" });
    const verdict = verdictWith(RULES["M-REPORT"].citations as Verdict["citations"], edition);
    const expected = RULES["M-REPORT"].citations.map((c) => c.text).join("；");
    expect(cell("Citation", verdict)).toBe(expected);
    expect(cell("Citation", verdict)).toBe(expected);
    expect(cell("Edition", verdict)).toBe("zhengzhou-2019 1");
  });

  it("reads a list that is not frozen afresh each time: changed between rows, the row says what it holds now", () => {
    const citations = [{ document: "ZZ47-BD", clause: "二(二)", text: "ZZ47-BD 二(二)" }];
    const edition = { id: "e", version: "1" };
    const verdict = verdictWith(citations as Verdict["citations"], edition);
    expect(cell("Citation", verdict)).toBe("ZZ47-BD 二(二)");
    expect(cell("Edition", verdict)).toBe("e 1");
    citations.push({ document: "ZZ47-BD", clause: "三", text: "ZZ47-BD 三" });
    edition.version = "2";
    expect(cell("Citation", verdict)).toBe("ZZ47-BD 二(二)；ZZ47-BD 三");
    expect(cell("Edition", verdict)).toBe("e 2");
  });
});
