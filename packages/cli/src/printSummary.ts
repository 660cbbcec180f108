import { RULES, type RuleId } from "@shuangbaodao/core";
import { REASON_WORDS } from "@shuangbaodao/excel";
import type { AuditSummary, NamedSubject } from "./auditSummary";
import type { Lang } from "./lang";

const TEXT = {
  zh: {
    title: (s: AuditSummary) =>
      `双报到 ${s.year} 年度评估（${s.edition.id} ${s.edition.version}${s.asOf ? `，截至 ${s.asOf}` : ""}）`,
    members: (s: AuditSummary["members"]) =>
      `党员：共 ${s.total} 人，在报到范围内 ${s.inScope} 人；按时报到 ${s.reportedOnTime}，迟报 ${s.reportedLate}，未报到 ${s.notYetReported}`,
    notExcellent: (n: number, p: number) => `不能评为“优秀”：${n} 人（另有 ${p} 人待定）`,
    trigger: "原因",
    barred: "取消考察资格的组织考察对象",
    provisional: "考察资格待定的组织考察对象",
    none: "无",
    units: (n: number) => `单位：共 ${n} 个`,
    supervision: "应下发督办单（U-SUPERVISE）",
    supervisionPending: "督办单待定（周期或年度未结束，尚不构成后果）",
    awardBar: "取消评先推优资格（U-AWARD-BAR）",
    awardBarPending: "评先推优资格待定（周期或年度未结束）",
    missed: "未达到频次要求的周期",
    warnings: (w: NonNullable<AuditSummary["warnings"]>) =>
      `预警：待办 ${w.ahead} 项（紧急 ${w.urgent}），新增逾期 ${w.overdue} 项`,
    spot: "实地走访抽查（M-SPOTCHECK-20）",
    more: (n: number, total: number) =>
      `……共 ${total.toLocaleString("en")} 项，另有 ${n.toLocaleString("en")} 项未在此列出；--json 的输出和报告（--out）列出全部`,
    spotLine: (c: AuditSummary["spotChecks"][number]) =>
      `${c.unitId}：在册 ${c.populationSize} 人，应抽 ${c.requiredSize} 人；种子 ${JSON.stringify(c.seed)}；名单哈希 ${c.populationHash.slice(0, 16)}…；抽中 ${c.sampled.join("、")}`,
  },
  en: {
    title: (s: AuditSummary) =>
      `Dual reporting, year ${s.year} (${s.edition.id} ${s.edition.version}${s.asOf ? `, as of ${s.asOf}` : ""})`,
    members: (s: AuditSummary["members"]) =>
      `Members: ${s.total}, ${s.inScope} in scope; reported on time ${s.reportedOnTime}, late ${s.reportedLate}, not reported ${s.notYetReported}`,
    notExcellent: (n: number, p: number) => `Cannot be rated excellent: ${n} (${p} more provisional)`,
    trigger: "why",
    barred: "Cadre candidates barred",
    provisional: "Cadre candidates provisional",
    none: "none",
    units: (n: number) => `Units: ${n}`,
    supervision: "Supervision order due (U-SUPERVISE)",
    supervisionPending: "Supervision order pending (a period or the year is not over; no consequence yet)",
    awardBar: "Award eligibility lost (U-AWARD-BAR)",
    awardBarPending: "Award eligibility pending (a period or the year is not over)",
    missed: "Periods that fell short",
    warnings: (w: NonNullable<AuditSummary["warnings"]>) =>
      `Warnings: ${w.ahead} open (${w.urgent} urgent), ${w.overdue} newly overdue`,
    spot: "Field spot check (M-SPOTCHECK-20)",
    more: (n: number, total: number) =>
      `… ${total.toLocaleString("en")} in all, ${n.toLocaleString("en")} more not listed here; the --json output and the report (--out) list them all`,
    spotLine: (c: AuditSummary["spotChecks"][number]) =>
      `${c.unitId}: ${c.populationSize} in scope, ${c.requiredSize} to visit; seed ${JSON.stringify(c.seed)}; population hash ${c.populationHash.slice(0, 16)}…; drawn ${c.sampled.join(", ")}`,
  },
} as const;

/**
 * A trigger in words first, the code in brackets: `到居住地社区党组织报到：逾期（M-REPORT:late）`;
 * a label without a rule (`year-not-over`) and a rule without a reason (`U-VOLUNTEER-MONTH`) the same way.
 */
export function triggerText(trigger: string, lang: Lang): string {
  // A rule alone (a period that fell short names only its rule) is said by the rule's title.
  const [first, reason] = trigger.includes(":")
    ? trigger.split(":")
    : trigger in RULES
      ? [trigger, undefined]
      : [undefined, trigger];
  const rule = first === undefined ? undefined : RULES[first as RuleId];
  const words = reason === undefined ? undefined : REASON_WORDS[reason]?.[lang];
  const said = [rule?.title[lang], words].filter(Boolean).join(lang === "zh" ? "：" : ": ");
  if (said === "") return trigger;
  return lang === "zh" ? `${said}（${trigger}）` : `${said} (${trigger})`;
}

/**
 * Lines a console list shows at most: a city's run bars tens of thousands of
 * candidates, which would bury the summary (7.7 MB of text at 100k members);
 * the JSON and the report keep every one.
 */
export const CONSOLE_LIST_LIMIT = 20;

/** The first {@link CONSOLE_LIST_LIMIT} items as lines, then how many there are in all and where to find them. */
function listed<T>(list: readonly T[], line: (item: T) => string, lang: Lang): string[] {
  const shown = list.slice(0, CONSOLE_LIST_LIMIT).map(line);
  const more = list.length - shown.length;
  return more > 0 ? [...shown, `  ${TEXT[lang].more(more, list.length)}`] : shown;
}

/** Pending subjects by name only: the heading says why (a period or the year is not over). */
function names(list: readonly NamedSubject[], lang: Lang): string[] {
  return listed(list, (s) => `  ${s.id}${s.name === s.id ? "" : ` ${s.name}`}`, lang);
}

function subjects(list: readonly NamedSubject[], none: string, lang: Lang): string[] {
  if (list.length === 0) return [`  ${none}`];
  const separator = lang === "zh" ? "；" : "; ";
  return listed(
    list,
    (s) =>
      `  ${s.id}${s.name === s.id ? "" : ` ${s.name}`}: ${s.triggers.map((t) => triggerText(t, lang)).join(separator)}`,
    lang,
  );
}

/** The console summary, in Chinese or English: every count, and the lists up to {@link CONSOLE_LIST_LIMIT} lines each. */
export function formatSummary(summary: AuditSummary, lang: Lang): string {
  const t = TEXT[lang];
  const lines = [t.title(summary), "", t.members(summary.members)];
  lines.push(t.notExcellent(summary.members.notExcellent.barred, summary.members.notExcellent.provisional));
  for (const [trigger, count] of Object.entries(summary.members.notExcellent.byTrigger)) {
    lines.push(`  ${t.trigger} ${triggerText(trigger, lang)}: ${count}`);
  }
  lines.push(`${t.barred}:`, ...subjects(summary.members.barredCandidates, t.none, lang));
  if (summary.members.provisionalCandidates.length > 0) {
    lines.push(`${t.provisional}:`, ...subjects(summary.members.provisionalCandidates, t.none, lang));
  }
  lines.push("", t.units(summary.units.total));
  lines.push(`${t.supervision}:`, ...subjects(summary.units.supervision, t.none, lang));
  if (summary.units.supervisionPending.length > 0)
    lines.push(`${t.supervisionPending}:`, ...names(summary.units.supervisionPending, lang));
  lines.push(`${t.awardBar}:`, ...subjects(summary.units.awardBar, t.none, lang));
  if (summary.units.awardBarPending.length > 0)
    lines.push(`${t.awardBarPending}:`, ...names(summary.units.awardBarPending, lang));
  lines.push(
    `${t.missed}:`,
    ...(summary.units.missedPeriods.length === 0
      ? [`  ${t.none}`]
      : listed(
          summary.units.missedPeriods,
          (m) => `  ${m.unitId} ${m.period} ${triggerText(m.ruleId, lang)}`,
          lang,
        )),
  );
  if (summary.warnings) lines.push("", t.warnings(summary.warnings));
  if (summary.spotChecks.length > 0) {
    lines.push("", `${t.spot}:`, ...listed(summary.spotChecks, (c) => `  ${t.spotLine(c)}`, lang));
  }
  return `${lines.join("\n")}\n`;
}
