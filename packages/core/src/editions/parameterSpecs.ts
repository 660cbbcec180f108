import type { DocumentKey } from "../rules/documents";
import type { RuleId } from "../rules/ruleCatalogue";
import { PENDING_INVESTIGATION_READINGS } from "./editionParameters";

/**
 * Which way a parameter may move when an overlay tightens its parent:
 * - `earlier`: a date; the overlay's must be on or before the parent's
 * - `higher` / `lower`: a number; at least / at most the parent's
 * - `true` / `false`: a switch that is tighter when on / off
 * - `ordered`: an enum listed from loosest to tightest
 * - `superset`: a set; the overlay's must contain the parent's
 */
export type Tightening =
  | { kind: "earlier" }
  | { kind: "higher" }
  | { kind: "lower" }
  | { kind: "true" }
  | { kind: "false" }
  | { kind: "ordered"; loosestFirst: readonly string[] }
  | { kind: "superset" };

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
];

export const PARAMETER_SPEC_BY_PATH: ReadonlyMap<string, ParameterSpec> = new Map(
  PARAMETER_SPECS.map((s) => [s.path, s]),
);
