import { RULES, type Verdict, type VerdictStatus } from "@shuangbaodao/core";
import type { ReportContent } from "../../src/report/reportWorkbook";
import type { StatisticsTableLine, StatisticsTableSheet } from "../../src/report/statisticsTableSheet";
import type { StatusGridRow } from "../../src/report/statusGridSheet";
import { countStatuses } from "../../src/report/summarySheet";
import { PERIOD_GRID_FRAME } from "./periodGrid";

/** A fixed-seed generator of numbers in [0, 1). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATUSES: readonly VerdictStatus[] = ["met", "unmet", "pending", "not-applicable"];
const REASONS = [undefined, "late", "missing", "count-short", "not-yet-due", "year-not-over"];
const RULE_IDS = Object.keys(RULES);
// Texts a register holds, formula starters, markup, edge spaces, line breaks and characters XML cannot hold.
const TEXTS = [
  "全年参加志愿服务 2 次。",
  "Two services in the year.",
  "=SUM(A1:A9)",
  "+86 371 1234",
  "-cmd|' /C calc'!A0",
  "@SUM(1)",
  "a < b && c > d",
  "  两端空格 edge spaces ",
  "第一行\n第二行 second line",
  "bell\u0007 and \uFFFF",
  "😀 表情 emoji",
  "",
];

/** Synthetic verdicts of every shape the verdict sheet shows. */
function* generatedVerdicts(count: number, random: () => number): Generator<Verdict> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  for (let index = 0; index < count; index++) {
    const status = pick(STATUSES);
    const reason = pick(REASONS);
    const withFix = random() < 0.3;
    const withTasks = random() < 0.2;
    yield {
      ruleId: pick(RULE_IDS),
      subject: { kind: "member", id: `m${String(index % 500).padStart(4, "0")}` },
      year: 2019,
      status,
      ...(reason !== undefined && { reason }),
      ...(random() < 0.5 && { due: `2019-${String(1 + (index % 12)).padStart(2, "0")}-25` }),
      provisional: random() < 0.1,
      severity: random() < 0.8 ? "binding" : "warning",
      citations: [
        {
          document: "ZZ47-BD",
          clause: "二(二)",
          text: pick(["ZZ47-BD 二(二)", "ZWJ31 三", "ZZ47-BD 二(一)"]),
        },
      ],
      recordIds: Array.from({ length: Math.floor(random() * 4) }, (_, k) => `s${index}-${k}`),
      facts:
        status === "unmet" && random() < 0.3
          ? { triggers: [{ ruleId: "M-SERVICE-YEAR", reason: "count-short" }] }
          : status === "pending" && random() < 0.3
            ? { pending: [{ ruleId: "M-REPORT", reason: "year-not-over" }] }
            : {},
      excluded: [],
      edition: { id: "zhengzhou-2019", version: pick(["1", "1.0.0"]) },
      explanation: { zh: `${pick(TEXTS)}（第 ${index} 条）`, en: `${pick(TEXTS)} (#${index})` },
      ...(withFix && { fix: { by: "2019-12-31", zh: pick(TEXTS), en: pick(TEXTS) } }),
      tasks: withTasks
        ? [
            {
              kind: "community-visit",
              zh: "考察组须走访社区",
              en: "the inspection team visits the community",
            },
          ]
        : [],
      triggeredBy: [],
    } as unknown as Verdict;
  }
}

function generatedLine(name: string, level: "unit" | "branch", random: () => number): StatisticsTableLine {
  const count = () => Math.floor(random() * 40);
  const onTime = count();
  const late = count();
  const notYet = count();
  return {
    name,
    level,
    membersInScope: onTime + late + notYet,
    reportedOnTime: onTime,
    reportedLate: late,
    notYetReported: notYet,
    ...(random() < 0.3 && { reportRate: random() }),
    postsClaimed: Object.fromEntries(Array.from({ length: 15 }, (_, code) => [code + 1, count()])),
    services: { none: count(), once: count(), twiceOrMore: count() },
  };
}

const PERIODS = [
  ...Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, "0")}`),
  ...["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4", "2019-H1", "2019-H2"],
];

/** How much a generated report holds. */
export interface GeneratedReportSize {
  verdicts: number;
  /** Units: three grid rows each. */
  units: number;
  /** Statistics forms, the first a total over up to 40 units. */
  forms: number;
  warnings: number;
}

/**
 * The content of a report of generated data, through every sheet writer:
 * every status, hostile and odd text, many rows. A fixed seed: the same size
 * gives the same report.
 */
export function generatedReportContent(size: GeneratedReportSize): ReportContent {
  const random = prng(146);
  const verdicts = [...generatedVerdicts(size.verdicts, random)];
  const units = Array.from({ length: size.units }, (_, u) => `单位 ${u} Unit <${u}>`);
  const grid: StatusGridRow[] = units.flatMap((unit) =>
    ["U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH"].map((ruleId) => ({
      labels: [unit, `${ruleId} 规则`],
      cells: Object.fromEntries(
        PERIODS.filter(() => random() < 0.7).map((period) => [
          period,
          random() < 0.5
            ? STATUSES[Math.floor(random() * 4)]
            : {
                status: STATUSES[Math.floor(random() * 4)] as VerdictStatus,
                text: "次数不足（count-short）",
              },
        ]),
      ),
    })),
  );
  const forms: StatisticsTableSheet[] = Array.from({ length: size.forms }, (_, f) => ({
    sheetName: `统计表 ${f}`,
    unitName: f === 0 ? "汇总 All units" : (units[f] as string),
    ...(f % 3 === 0 ? { date: "2019-12-20" } : { dateNote: "未记录报送日期，请手填" }),
    rows: Array.from({ length: f === 0 ? 40 : 7 }, (_, b) => generatedLine(`支部 ${b}`, "branch", random)),
    total: generatedLine("合计 Total", "unit", random),
    filings: Array.from({ length: f === 0 ? 40 : 1 }, (_, k) => ({
      unitName: units[k % units.length] as string,
      ...(k % 2 === 0 && { submittedOn: "2019-12-20" }),
      status: STATUSES[k % 4] as VerdictStatus,
      ...(k % 3 !== 0 && { note: "逾期报送。\nSent late." }),
    })),
  }));
  return {
    summary: {
      title: { zh: "生成数据的报告", en: "Report of generated data" },
      facts: [
        { label: { zh: "年度", en: "Year" }, value: 2019 },
        { label: { zh: "数据文件", en: "Source file" }, value: '=HYPERLINK("x")' },
      ],
      statusCounts: countStatuses(verdicts),
      notes: [{ zh: "说明", en: "note" }],
    },
    verdicts,
    verdictNames: new Map(verdicts.map((v, i) => [v.subject.id, `姓名${i % 37}`])),
    grids: [
      {
        ...PERIOD_GRID_FRAME,
        columns: PERIODS.map((period) => ({ key: period, label: period })),
        rows: grid,
      },
    ],
    statisticsTables: forms,
    spotChecks: [
      {
        ruleId: "M-SPOTCHECK-20",
        scope: "单位 1",
        year: 2019,
        samplingDate: "2019-12-01",
        seed: "seed",
        populationHash: "abc123",
        populationSize: 37,
        sampleSize: 8,
        sampled: Array.from({ length: 8 }, (_, i) => ({
          id: `m${i}`,
          ...(i % 2 === 0 && { name: `姓名${i}` }),
        })),
      },
    ],
    warnings: Array.from({ length: size.warnings }, (_, w) => ({
      subject: `m${w}`,
      ruleId: RULE_IDS[w % RULE_IDS.length],
      code: w % 2 === 0 ? "overdue" : "ahead-high",
      message: { zh: `${TEXTS[w % TEXTS.length]} 提示 ${w}`, en: `warning ${w}` },
      where: "ZZ47-BD 二(二)",
      ...(w % 5 === 0 && { recordIds: [`r${w}`] }),
    })),
  };
}
