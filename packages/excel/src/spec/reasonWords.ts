import type { Bilingual } from "./bilingual";

/**
 * The words for a verdict's reason code (`late`, `count-short`, …) and for the
 * labels a consequence lists (`year-not-over`), so that a reader sees words
 * first and the code in brackets.
 */
export const REASON_WORDS: Readonly<Record<string, Bilingual>> = {
  late: { zh: "逾期", en: "late" },
  missing: { zh: "缺失", en: "missing" },
  "count-short": { zh: "次数不足", en: "too few" },
  "not-yet-due": { zh: "尚未到期", en: "not yet due" },
  "year-not-over": { zh: "年度未结束", en: "the year is not over" },
  "period-open": { zh: "周期未结束", en: "the period is still open" },
  "period-not-started": { zh: "周期未开始", en: "the period has not started" },
  "before-programme-start": { zh: "早于工作开始", en: "before the programme started" },
  "before-programme": { zh: "早于工作开始", en: "before the programme" },
  "before-unit-start": { zh: "早于单位开始", en: "before the unit started" },
  "before-designation": { zh: "早于确定结对社区", en: "before the pair community was named" },
  "negative-report": { zh: "反馈为否定", en: "a negative report" },
  "verified-negative": { zh: "核实为否定", en: "verified negative" },
  "investigation-pending": { zh: "核实中", en: "under investigation" },
  "in-progress": { zh: "进行中", en: "in progress" },
  provisional: { zh: "待定", en: "provisional" },
  overdue: { zh: "已逾期", en: "overdue" },
  "falls-short": { zh: "未达要求", en: "falls short" },
  "missed-events": { zh: "缺席活动", en: "missed events" },
  "no-activities": { zh: "无活动", en: "no activities" },
  "no-answer": { zh: "无答复", en: "no answer" },
  "no-communities": { zh: "无社区", en: "no communities" },
  "no-designation": { zh: "未确定结对社区", en: "no pair community named" },
  "no-events": { zh: "无活动", en: "no events" },
  "no-evidence": { zh: "无佐证", en: "no evidence" },
  "no-members-in-scope": { zh: "无在册党员", en: "no member in scope" },
  "no-move": { zh: "未搬迁", en: "no move" },
  "no-services": { zh: "无志愿服务", en: "no services" },
  "no-deadline-this-year": { zh: "本年无截止日", en: "no deadline this year" },
  "not-a-candidate": { zh: "非考察对象", en: "not a candidate" },
  "not-designated-community": { zh: "非结对社区", en: "not the pair community" },
  "not-explained": { zh: "未说明", en: "not explained" },
  "not-in-service": { zh: "非在职", en: "not in service" },
  "not-published": { zh: "未公布", en: "not published" },
  "not-required": { zh: "无此要求", en: "not required" },
  "not-residence-community": { zh: "非居住地社区", en: "not the home community" },
  "not-yet-in-scope": { zh: "尚未纳入", en: "not yet in scope" },
  "out-of-order": { zh: "顺序不符", en: "out of order" },
  "record-incomplete": { zh: "记录不全", en: "record incomplete" },
  "incomplete-records": { zh: "记录不全", en: "records incomplete" },
  "reported-in-earlier-year": { zh: "往年已报到", en: "reported in an earlier year" },
  "done-in-earlier-year": { zh: "往年已完成", en: "done in an earlier year" },
  "due-after-year": { zh: "截止日在年度之后", en: "due after the year" },
  "used-unit-resources": { zh: "动用单位资源", en: "used unit resources" },
  unfounded: { zh: "查无实据", en: "unfounded" },
  barred: { zh: "取消资格", en: "barred" },
  "candidacy-cancelled": { zh: "取消考察资格", en: "candidacy cancelled" },
};

/** `逾期（late）`: the words for a reason code with the code in brackets, or the code alone when it has no words. */
export function reasonText(code: string, lang: keyof Bilingual): string {
  const words = REASON_WORDS[code];
  if (words === undefined) return code;
  return lang === "zh" ? `${words.zh}（${code}）` : `${words.en} (${code})`;
}
