import { deepFreeze, ReadOnlyMap } from "../collections/deepFreeze";
import type { DocumentKey } from "../rules/documents";
import type { RuleId } from "../rules/ruleCatalogue";
import {
  type EvidencePolicy,
  FREQUENCY_PERIODS_LOOSEST_FIRST,
  PENDING_INVESTIGATION_READINGS,
} from "./editionParameters";

/**
 * Which way a parameter may move when an overlay tightens its parent:
 * - `earlier`: a date; the overlay's must be on or before the parent's
 * - `higher` / `lower`: a number; at least / at most the parent's
 * - `true` / `false`: a switch that is tighter when on / off
 * - `ordered`: an enum listed from loosest to tightest
 * - `superset`: a set; the overlay's must contain the parent's
 * - `earlier-or-none`: a date that may be `null` (no date set, the loosest);
 *   the overlay's must be a date on or before the parent's, or any date when
 *   the parent has none
 * - `partial`: an enum whose values are only partly ordered; `atLeastAsTightAs`
 *   lists, for each value, the other values it is at least as tight as
 */
export type Tightening =
  | { kind: "earlier" }
  | { kind: "higher" }
  | { kind: "lower" }
  | { kind: "true" }
  | { kind: "false" }
  | { kind: "ordered"; loosestFirst: readonly string[] }
  | { kind: "superset" }
  | { kind: "earlier-or-none" }
  | { kind: "partial"; atLeastAsTightAs: Readonly<Record<string, readonly string[]>> };

/** What a parameter means: the words it interprets, where they stand, and which rules read it. */
export interface ParameterSpec {
  path: string;
  tightening: Tightening;
  rules: readonly RuleId[];
  document: DocumentKey;
  clause: string;
  words: string;
  reading: string;
}

function spec(
  path: string,
  tightening: Tightening,
  rules: readonly RuleId[],
  document: DocumentKey,
  clause: string,
  words: string,
  reading: string,
): ParameterSpec {
  return { path, tightening, rules, document, clause, words, reading };
}

const earlier: Tightening = { kind: "earlier" };
const higher: Tightening = { kind: "higher" };
const lower: Tightening = { kind: "lower" };
const onIsTighter: Tightening = { kind: "true" };
const offIsTighter: Tightening = { kind: "false" };
const earlierOrNone: Tightening = { kind: "earlier-or-none" };
const superset: Tightening = { kind: "superset" };
const shorterPeriod: Tightening = { kind: "ordered", loosestFirst: FREQUENCY_PERIODS_LOOSEST_FIRST };

/**
 * `both` demands the paper and the online record, so it is tighter than either
 * alone; `paper` and `online` are each tighter than `either` but not than each
 * other, so an overlay cannot swap one for the other.
 */
const EVIDENCE_POLICY_ORDER: Readonly<Record<EvidencePolicy, readonly EvidencePolicy[]>> = {
  either: [],
  paper: ["either"],
  online: ["either"],
  both: ["paper", "online", "either"],
};

/** One entry per parameter of `EditionParameters`; a test keeps the two in step. */
export const PARAMETER_SPECS: readonly ParameterSpec[] = [
  spec(
    "member.programmeStart",
    earlier,
    ["M-REPORT", "M-REREPORT", "M-FOUR-MUSTS"],
    "ZZ47",
    "",
    "决定在市直各单位开展……“双报到”工作",
    "The first day the programme's duties apply; earlier years are not assessed.",
  ),
  spec(
    "member.reportDeadline",
    earlier,
    ["M-REPORT"],
    "ZZ47-BD",
    "二(一)",
    "在职党员10月底前……到居住地社区党组织报到",
    "Last day (inclusive) of the first report; a report after it is late, none by year end is missing.",
  ),
  spec(
    "member.reReportGraceMonths",
    lower,
    ["M-REREPORT", "M-REPORT"],
    "ZZ47-BD",
    "二(一)",
    "在变化后一个月内到新的居住地社区党组织报到",
    "Calendar months after a move (or after coming into scope) to report; the day is clamped to month end.",
  ),
  spec(
    "member.lateReportBlocksExcellent",
    onIsTighter,
    ["M-NOT-EXCELLENT", "M-CADRE-BAR"],
    "ZZ47-BD",
    "三(四)",
    "没有报到……不能评为“优秀”",
    "Whether a late (not only a missing) report bars 优秀; the literal text names only 没有报到.",
  ),
  spec(
    "member.missingReReportBlocksExcellent",
    onIsTighter,
    ["M-NOT-EXCELLENT", "M-CADRE-BAR"],
    "ZZ47-BD",
    "三(四)",
    "没有报到",
    "Whether a re-report still missing at year end counts as 没有报到.",
  ),
  spec(
    "member.lateReReportBlocksExcellent",
    onIsTighter,
    ["M-NOT-EXCELLENT", "M-CADRE-BAR"],
    "ZZ47-BD",
    "三(四)",
    "没有报到",
    "Whether a late re-report bars 优秀 as well.",
  ),
  spec(
    "member.postsToClaim",
    higher,
    ["M-CLAIM-POST"],
    "ZZ47-BD",
    "二(二)",
    "每名党员要主动认领1个以上志愿服务岗位",
    "Minimum number of distinct posts claimed.",
  ),
  spec(
    "member.servicesPerYear",
    higher,
    ["M-SERVICE-YEAR", "M-NOT-EXCELLENT"],
    "ZZ47-BD",
    "二(二)",
    "每名党员每年参与居住地社区的志愿服务不少于2次",
    "Minimum countable services per calendar year.",
  ),
  spec(
    "member.serviceMustBeInResidenceCommunity",
    onIsTighter,
    ["M-SERVICE-YEAR"],
    "ZZ47-BD",
    "二(二)",
    "参与居住地社区的志愿服务",
    "Only service in the community the member lived in on the day counts.",
  ),
  spec(
    "member.proRateServicesForLateJoiners",
    offIsTighter,
    ["M-SERVICE-YEAR"],
    "ZZ47-BD",
    "二(二)",
    "每年……不少于2次",
    "Whether a member who comes into scope mid-year owes only a share of the yearly count (rounded up).",
  ),
  spec(
    "member.excludeServiceUsingPublicPower",
    onIsTighter,
    ["M-MODERATION", "M-SERVICE-YEAR"],
    "ZZ47-BD",
    "一(二)",
    "原则上不得行使公权力",
    "Service that used public power does not count.",
  ),
  spec(
    "member.excludeServiceUsingUnitResources",
    onIsTighter,
    ["M-MODERATION", "M-SERVICE-YEAR"],
    "ZZ47-BD",
    "一(二)",
    "不使用单位资源",
    "Service that used the unit's resources does not count.",
  ),
  spec(
    "member.pendingInvestigation",
    { kind: "ordered", loosestFirst: PENDING_INVESTIGATION_READINGS },
    ["M-FEEDBACK", "M-NOT-EXCELLENT", "M-CADRE-BAR"],
    "ZZ47-BD",
    "三(四)",
    "有负面反映、并经调查属实的",
    "How negative feedback still under investigation is treated: ignore, make the consequence provisional, or treat as verified.",
  ),
  spec(
    "member.negativeFeedbackAreas",
    { kind: "superset" },
    ["M-FEEDBACK", "M-NOT-EXCELLENT", "M-CADRE-BAR"],
    "ZZ47-BD",
    "三(四)",
    "在社会公德、家庭美德等方面有负面反映",
    "Areas in which verified negative feedback bars 优秀; “等方面” reads as including other areas.",
  ),
  spec(
    "member.fourMustsAffectRating",
    onIsTighter,
    ["M-FOUR-MUSTS", "M-NOT-EXCELLENT", "M-CADRE-BAR"],
    "ZZ47-BD",
    "二(三)",
    "努力做到“四个必须参与”",
    "Whether a missed four-musts event bars 优秀; the text sets no rating effect.",
  ),
  spec(
    "member.selfReportRequired",
    onIsTighter,
    ["M-SELF-REPORT"],
    "ZZ47-BD",
    "三(二)",
    "党员每年要把参加社区党组织活动情况向机关党组织报告",
    "Whether the yearly self-report is checked (a warning, never a rating effect).",
  ),
  spec(
    "member.statsTableDeadline",
    earlier,
    ["M-STATS-TABLE"],
    "ZZ47-BD",
    "二(一)",
    "11月中旬前……报市直机关工委备案",
    "Last day (inclusive) for the statistics table; 中旬 ends on the 20th.",
  ),
  spec(
    "sampling.spotCheckRate",
    higher,
    ["M-SPOTCHECK-20"],
    "ZZ47-BD",
    "三(三)",
    "每年实地走访抽查的党员人数不少于20%",
    "Share of members in scope to field-visit; the sample size is rounded up.",
  ),
  spec(
    "sampling.communitiesPerDistrict",
    higher,
    ["W-COMMUNITY-SAMPLE"],
    "ZZ47-BD",
    "三(三)",
    "从市区每个区抽取1-2个社区",
    "Communities drawn per district (1 or 2), or all the district has when fewer.",
  ),
  spec(
    "unit.programmeStart",
    earlier,
    ["U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH", "U-REPORT-STREET", "U-RECEIPT"],
    "ZZ47",
    "",
    "决定在市直各单位开展党组织到驻在街道社区党组织报到……工作",
    "The first day the unit programme's duties apply (kept apart from member.programmeStart, since the two programmes are separate documents). Periods that end before it are not applicable; the first month, quarter and half-year are those containing it.",
  ),
  spec(
    "unit.streetReportDeadline",
    earlierOrNone,
    ["U-REPORT-STREET", "U-SUPERVISE"],
    "ZZ47-GJ",
    "二",
    "市直各单位机关党委首先向驻在街道党工委报到",
    "Last day (inclusive) of the unit's report to the street. The text sets no date: null means the report is due by the end of the year the unit comes into scope, so only a missing report is slow.",
  ),
  spec(
    "unit.pairingDeadline",
    earlierOrNone,
    ["U-PAIR-COMMUNITY"],
    "ZZ47-GJ",
    "二",
    "在此基础上……再与社区党组织沟通联系，正式开展结对共建",
    "Last day (inclusive) of the co-building agreement. The text sets no date: null means by the end of the year the unit comes into scope.",
  ),
  spec(
    "unit.receiptDeadline",
    earlierOrNone,
    ["U-RECEIPT", "U-SUPERVISE"],
    "ZZ47-GJ",
    "四.1",
    "报到单(附后)中回执联要统一交回市直工委备案",
    "Last day (inclusive) for a unit under 工委 to hand its receipt stub to 工委. The text sets no date: null means by the end of the year the unit comes into scope.",
  ),
  spec(
    "unit.subordinateReceiptDeadline",
    earlierOrNone,
    ["U-RECEIPT", "U-SUPERVISE"],
    "ZWJ31",
    "",
    "10月18日前将《……直属单位到驻在街道社区党组织报到回执单》交机关党委留存",
    "Last day (inclusive, 前 = on or before) for a subordinate unit (one with a parent unit) to hand its receipt stub to its 机关党委; null means by the end of the year the unit comes into scope.",
  ),
  spec(
    "unit.lateStartGraceMonths",
    lower,
    ["U-REPORT-STREET", "U-PAIR-COMMUNITY", "U-RECEIPT"],
    "ZZ47-GJ",
    "二",
    "组织关系在市委市直工委的市直各单位及其所属单位均要……开展共驻共建",
    "For a unit that comes into scope after the programme start, its one-time duties (report, pairing, receipt) are due no earlier than this many calendar months after that day (clamped to month end). The text sets no period for late joiners; the member programme's one month (一个月内) is borrowed.",
  ),
  spec(
    "unit.meetingFrequency.period",
    shorterPeriod,
    ["U-MEETING-QUARTER", "U-SUPERVISE", "U-AWARD-BAR"],
    "ZZ47-GJ",
    "三.1",
    "每季度至少参加一次街道党建联席会或社区联合党委会",
    "The calendar period (Asia/Shanghai) the joint-meeting count is kept in; a shorter period is tighter.",
  ),
  spec(
    "unit.meetingFrequency.minimum",
    higher,
    ["U-MEETING-QUARTER", "U-SUPERVISE", "U-AWARD-BAR"],
    "ZZ47-GJ",
    "三.1",
    "至少参加一次",
    "Minimum countable joint-meeting attendances per period.",
  ),
  spec(
    "unit.themedDayFrequency.period",
    shorterPeriod,
    ["U-THEMEDAY-HALF", "U-SUPERVISE", "U-AWARD-BAR"],
    "ZZ47-GJ",
    "三.2",
    "每半年至少组织一次联合主题党日活动",
    "The calendar period (H1 = January–June, H2 = July–December) the joint themed party day count is kept in.",
  ),
  spec(
    "unit.themedDayFrequency.minimum",
    higher,
    ["U-THEMEDAY-HALF", "U-SUPERVISE", "U-AWARD-BAR"],
    "ZZ47-GJ",
    "三.2",
    "至少组织一次",
    "Minimum countable joint themed party days per period.",
  ),
  spec(
    "unit.volunteerFrequency.period",
    shorterPeriod,
    ["U-VOLUNTEER-MONTH", "U-SUPERVISE", "U-AWARD-BAR"],
    "ZZ47-GJ",
    "三.3",
    "每月至少组织一次社区志愿服务活动",
    "The calendar period the community volunteer-service count is kept in.",
  ),
  spec(
    "unit.volunteerFrequency.minimum",
    higher,
    ["U-VOLUNTEER-MONTH", "U-SUPERVISE", "U-AWARD-BAR"],
    "ZZ47-GJ",
    "三.3",
    "至少组织一次",
    "Minimum countable community volunteer-service activities per period.",
  ),
  spec(
    "unit.partialPeriodApplies",
    onIsTighter,
    ["U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH"],
    "ZZ47-GJ",
    "三",
    "每季度……每半年……每月至少",
    "Whether a period cut by the programme start or the unit's start (2019-H2 from 10-01; a quarter a unit joins in) is assessed over its remaining days; off: only periods wholly after the start are. Activities before the start never count.",
  ),
  spec(
    "unit.recordRequiredFields",
    superset,
    ["U-RECORD-COMPLETE"],
    "ZZ47-GJ",
    "四.1",
    "对活动时间、地点、具体项目和内容、参加人员名单等内容进行详细记录",
    "The fields a complete activity record needs besides its time (always required): place, project, content, participant list.",
  ),
  spec(
    "unit.recordMustBeSignedAndStamped",
    onIsTighter,
    ["U-RECORD-COMPLETE"],
    "ZZ47-GJ",
    "四.1",
    "并经街道社区党组织负责同志签字盖章确认",
    "Whether a paper record needs the street/community party organisation's signature and stamp to be complete.",
  ),
  spec(
    "unit.incompleteRecordCounts",
    offIsTighter,
    ["U-RECORD-COMPLETE", "U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH"],
    "ZZ47-GJ",
    "四.1",
    "详细记录……签字盖章确认",
    "Whether an incomplete or unsigned paper record still counts as paper evidence toward a frequency (it is listed by U-RECORD-COMPLETE either way).",
  ),
  spec(
    "unit.evidencePolicy",
    { kind: "partial", atLeastAsTightAs: EVIDENCE_POLICY_ORDER },
    ["U-CLOUD-MATCH", "U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH"],
    "ZZ47-GJ",
    "四.2",
    "以“图片+文字”形式上传到网络，与纸质回执互相印证",
    "Which evidence makes an activity count: paper (the signed record; a missing or mismatched online record is a warning), online (a matching 党建云 record), both, or either.",
  ),
  spec(
    "unit.pendingInvestigation",
    { kind: "ordered", loosestFirst: PENDING_INVESTIGATION_READINGS },
    ["U-INQUIRY", "U-SUPERVISE", "U-AWARD-BAR"],
    "ZZ47-GJ",
    "四.4",
    "有负面反映的，经调查属实",
    "How an inquiry answer reporting a problem still under investigation is treated: ignore, make the consequences provisional, or treat as verified.",
  ),
  spec(
    "unit.projectsNeedAgreement",
    onIsTighter,
    ["U-THREE-LISTS"],
    "ZZ47-GJ",
    "一",
    "形成项目清单，签定项目合作协议",
    "Whether each entry of the project list needs a project agreement date for the lists to be complete.",
  ),
  spec(
    "unit.supervisionSlowRules",
    superset,
    ["U-SUPERVISE"],
    "ZZ47-GJ",
    "四.3",
    "对行动迟缓……的单位下发督办单",
    "“Acting slowly”: one of these rules is late, overdue or missing.",
  ),
  spec(
    "unit.supervisionPoorRules",
    superset,
    ["U-SUPERVISE"],
    "ZZ47-GJ",
    "四.3",
    "工作不力",
    "“Working poorly”: one of these rules is unmet in the year (for a frequency rule, any period).",
  ),
  spec(
    "unit.supervisionOnNegativeInquiry",
    onIsTighter,
    ["U-SUPERVISE"],
    "ZZ47-GJ",
    "四.3",
    "成效不明显",
    "“No clear result”: a verified negative answer to the year-end inquiry.",
  ),
  spec(
    "unit.awardBarRules",
    superset,
    ["U-AWARD-BAR", "U-FOUR-INCLUSIONS"],
    "ZZ47-GJ",
    "四.4",
    "达不到要求或有负面反映的，经调查属实，取消评先推优资格",
    "“Falls short of the requirements”: one of these rules is unmet in the year. A verified negative inquiry answer bars as well, by the text itself.",
  ),
  spec(
    "warnings.warningDays",
    higher,
    [],
    "ZZ47-GJ",
    "四.2",
    "预警提醒、及时纠偏",
    "Days before a deadline from which an open obligation is a warning (earlier: a notice). Not a number of the text: a setting of the platform it asks for.",
  ),
  spec(
    "warnings.urgentDays",
    higher,
    [],
    "ZZ47-GJ",
    "四.2",
    "预警提醒、及时纠偏",
    "Days before a deadline from which an open obligation is urgent.",
  ),
];

export const PARAMETER_SPEC_BY_PATH: ReadonlyMap<string, ParameterSpec> = new ReadOnlyMap(
  deepFreeze(PARAMETER_SPECS).map((s) => [s.path, s]),
);
