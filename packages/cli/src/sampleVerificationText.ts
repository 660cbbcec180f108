import type { SampleDifferenceKind, SampleVerification } from "@shuangbaodao/core";
import type { Lang } from "./lang";

/** What each kind of difference means, in Chinese words first with the code in brackets. */
const KIND_TEXT: Record<SampleDifferenceKind, { zh: string; en: string }> = {
  malformed: { zh: "抽样结果格式不对", en: "the record is not a sample" },
  "invalid-input": { zh: "输入无法抽样", en: "the inputs cannot be drawn from" },
  "algorithm-mismatch": { zh: "抽样算法不同", en: "another algorithm" },
  "edition-mismatch": { zh: "规则版本不同", en: "another edition" },
  "subject-mismatch": { zh: "单位、年度或抽样日期不同", en: "another unit, year or sampling date" },
  "seed-mismatch": { zh: "种子不同", en: "another seed" },
  "options-mismatch": { zh: "抽样选项不同", en: "other options" },
  "rate-mismatch": { zh: "抽查比例不同", en: "another rate" },
  "population-hash-mismatch": { zh: "在册名单已变化（名单哈希不同）", en: "the population changed (hash)" },
  "population-size-mismatch": { zh: "在册人数不同", en: "another population size" },
  "required-size-mismatch": { zh: "应抽人数不同", en: "another required size" },
  "missing-ids": { zh: "记录中缺少应抽中的人", en: "members missing from the record" },
  "unexpected-ids": { zh: "记录中多出不应抽中的人", en: "members the record should not have" },
  "order-mismatch": { zh: "顺序或身份不同", en: "another order or role" },
  "count-mismatch": { zh: "人数不同", en: "a count differs" },
};

/** A verification for the console: the verdict in a sentence, then each difference with its field and values. */
export function formatSampleVerification(verification: SampleVerification, file: string, lang: Lang): string {
  if (verification.ok)
    return lang === "zh"
      ? `抽样结果 ${file} 核验一致：按同一种子和名单重新抽取，结果完全相同。\n`
      : `The sample ${file} verifies: drawn again from the same seed and population, it is identical.\n`;
  const lines = [
    lang === "zh"
      ? `抽样结果 ${file} 核验不一致（${verification.differences.length} 处）：`
      : `The sample ${file} does not verify (${verification.differences.length} difference(s)):`,
  ];
  for (const d of verification.differences) {
    const values =
      d.expected === undefined && d.actual === undefined
        ? ""
        : lang === "zh"
          ? `；应为 ${JSON.stringify(d.expected ?? null)}，记录为 ${JSON.stringify(d.actual ?? null)}`
          : `; expected ${JSON.stringify(d.expected ?? null)}, recorded ${JSON.stringify(d.actual ?? null)}`;
    const ids =
      d.ids && d.ids.length > 0 ? (lang === "zh" ? `：${d.ids.join("、")}` : `: ${d.ids.join(", ")}`) : "";
    const what =
      lang === "zh"
        ? `${KIND_TEXT[d.kind].zh}（${d.kind}）字段 ${d.field}`
        : `${KIND_TEXT[d.kind].en} (${d.kind}), field ${d.field}`;
    lines.push(`  ${what}${values}${ids}`);
  }
  return `${lines.join("\n")}\n`;
}
