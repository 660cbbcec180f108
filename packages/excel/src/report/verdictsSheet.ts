import { RULES, type RuleEntry, type Verdict } from "@shuangbaodao/core";
import type { Bilingual } from "../spec/bilingual";
import { reasonText } from "../spec/reasonWords";
import type { TableColumn } from "../writing/tableSheet";
import { statusCellLook, statusText } from "./statusStyle";
import { triggerLabels } from "./triggerLabels";

/** Names to show beside subject IDs (member ID → 姓名). */
export type SubjectNames = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

function nameOf(names: SubjectNames | undefined, id: string): string | undefined {
  if (names === undefined) return undefined;
  return names instanceof Map ? names.get(id) : (names as Record<string, string>)[id];
}

function ruleTitle(ruleId: string): string | undefined {
  return (RULES as Record<string, RuleEntry | undefined>)[ruleId]?.title.zh;
}

/**
 * Text made once per object that verdicts share (the catalogue's citations,
 * the edition's reference): the same string for a million rows, not a
 * million new ones to join, hash and look up in the shared strings. Only
 * frozen objects (as the core's are): another could change between rows.
 */
function madeOnce<K extends object>(make: (key: K) => string): (key: K) => string {
  const made = new WeakMap<K, string>();
  return (key) => {
    if (!Object.isFrozen(key)) return make(key);
    let text = made.get(key);
    if (text === undefined) {
      text = make(key);
      made.set(key, text);
    }
    return text;
  };
}

const citationText = madeOnce((citations: Verdict["citations"]) => citations.map((c) => c.text).join("；"));
const editionText = madeOnce((edition: Verdict["edition"]) => `${edition.id} ${edition.version}`);

const SEVERITY: Record<Verdict["severity"], string> = { binding: "约束 binding", warning: "提示 warning" };

/** Columns whose texts come from a few (rules, statuses, citations): stored once each, as shared strings. */
const REPEATS = { repeats: true } as const;
const WRAPPED_REPEATS = { wrap: true, repeats: true } as const;
/**
 * Explanations: most are one of a few sentences with a count or a date in
 * them, so the first ones are shared too (the bench's 100k workbook has 930
 * distinct texts each way in 1,029,000 rows; its report 145.5 → 114.9 MB);
 * the cap bounds the table when every text differs.
 */
const EXPLANATIONS = { wrap: true, sharedUpTo: 10_000 } as const;

/** The columns of the verdicts sheet: one row per verdict, everything an auditor needs to retrace it. */
export function verdictColumns(names?: SubjectNames): TableColumn<Verdict>[] {
  const column = (
    zh: string,
    en: string,
    width: number,
    value: TableColumn<Verdict>["value"],
    extra: Partial<TableColumn<Verdict>> = {},
  ): TableColumn<Verdict> => ({ header: { zh, en } satisfies Bilingual, width, value, ...extra });
  return [
    column("对象", "Subject", 14, (v) => v.subject.id),
    column("姓名/名称", "Name", 12, (v) => nameOf(names, v.subject.id)),
    column("年度", "Year", 7, (v) => v.year),
    column("规则编号", "Rule ID", 18, (v) => v.ruleId, REPEATS),
    column("规则", "Rule", 24, (v) => ruleTitle(v.ruleId), { wrap: true, repeats: true }),
    column("结论", "Status", 12, (v) => statusText(v.status), {
      style: (v) => statusCellLook(v.status),
      repeats: true,
    }),
    column(
      "原因",
      "Reason",
      24,
      (v) => (v.reason === undefined ? undefined : reasonText(v.reason, "zh")),
      REPEATS,
    ),
    column("期限", "Due", 12, (v) => v.due, REPEATS),
    column("暂定", "Provisional", 9, (v) => (v.provisional ? "是 yes" : "否 no"), REPEATS),
    column("性质", "Severity", 12, (v) => SEVERITY[v.severity], REPEATS),
    column("依据", "Citation", 22, (v) => citationText(v.citations), WRAPPED_REPEATS),
    column("说明", "Explanation (zh)", 48, (v) => v.explanation.zh, EXPLANATIONS),
    column("Explanation", "Explanation (en)", 48, (v) => v.explanation.en, EXPLANATIONS),
    column("相关记录", "Record IDs", 22, (v) => v.recordIds.join(", "), { wrap: true }),
    column("整改", "Fix (zh)", 32, (v) => v.fix?.zh, WRAPPED_REPEATS),
    column("Fix", "Fix (en)", 32, (v) => v.fix?.en, WRAPPED_REPEATS),
    column("整改期限", "Fix by", 12, (v) => v.fix?.by, REPEATS),
    column("任务", "Tasks", 28, (v) => v.tasks.map((t) => `${t.zh} / ${t.en}`).join("\n"), WRAPPED_REPEATS),
    column("触发依据", "Triggered by", 24, (v) => triggerLabels(v).join(", "), WRAPPED_REPEATS),
    column("版本", "Edition", 18, (v) => editionText(v.edition), REPEATS),
  ];
}
