import { deepFreeze } from "../collections/deepFreeze";
import type { DocumentKey } from "./documents";

/** A clause of a source document, e.g. `ZZ47-BD 二(一)`. */
export interface Citation {
  document: DocumentKey;
  clause: string;
  /** `document` + clause, the way RULES.md writes it. */
  text: string;
}

function cite(document: DocumentKey, clause?: string): Citation {
  return { document, clause: clause ?? "", text: clause ? `${document} ${clause}` : document };
}

export interface RuleEntry {
  id: string;
  programme: "unit" | "member" | "committee";
  title: { zh: string; en: string };
  citations: readonly Citation[];
}

function rule(
  id: string,
  programme: RuleEntry["programme"],
  zh: string,
  en: string,
  ...citations: Citation[]
): RuleEntry {
  return { id, programme, title: { zh, en }, citations };
}

/**
 * Every rule of `../shared/RULES.md` with its stable ID and citation. Verdicts
 * take their citation from here, so a clause is written down once.
 */
export const RULES = deepFreeze({
  "U-SCOPE": rule("U-SCOPE", "unit", "参与范围", "units in scope", cite("ZZ47-GJ", "二")),
  "U-REPORT-STREET": rule(
    "U-REPORT-STREET",
    "unit",
    "向驻在街道党工委报到",
    "report to the street",
    cite("ZZ47-GJ", "二"),
  ),
  "U-PAIR-COMMUNITY": rule(
    "U-PAIR-COMMUNITY",
    "unit",
    "与社区党组织结对共建",
    "pair with the community",
    cite("ZZ47-GJ", "一、二"),
  ),
  "U-RECEIPT": rule(
    "U-RECEIPT",
    "unit",
    "报到回执联备案",
    "receipt stub filed",
    cite("ZZ47-GJ", "四.1"),
    cite("ZWJ31"),
  ),
  "U-MEETING-QUARTER": rule(
    "U-MEETING-QUARTER",
    "unit",
    "每季度至少参加一次街道党建联席会或社区联合党委会",
    "a joint meeting every quarter",
    cite("ZZ47-GJ", "三.1"),
  ),
  "U-THEMEDAY-HALF": rule(
    "U-THEMEDAY-HALF",
    "unit",
    "每半年至少组织一次联合主题党日活动",
    "a joint themed party day every half-year",
    cite("ZZ47-GJ", "三.2"),
  ),
  "U-VOLUNTEER-MONTH": rule(
    "U-VOLUNTEER-MONTH",
    "unit",
    "每月至少组织一次社区志愿服务活动",
    "a community volunteer service every month",
    cite("ZZ47-GJ", "三.3"),
  ),
  "U-RECORD-COMPLETE": rule(
    "U-RECORD-COMPLETE",
    "unit",
    "活动详细记录并经街道社区党组织签字盖章",
    "activity recorded, signed and stamped",
    cite("ZZ47-GJ", "四.1"),
  ),
  "U-CLOUD-MATCH": rule(
    "U-CLOUD-MATCH",
    "unit",
    "“党建云”图片+文字与纸质回执互相印证",
    "online record corroborates the paper one",
    cite("ZZ47-GJ", "四.2"),
  ),
  "U-INQUIRY": rule("U-INQUIRY", "unit", "年底情况征询单", "year-end inquiry", cite("ZZ47-GJ", "四.1")),
  "U-THREE-LISTS": rule(
    "U-THREE-LISTS",
    "unit",
    "资源、需求、项目“三个清单”",
    "the three lists",
    cite("ZZ47-GJ", "一"),
  ),
  "U-SUPERVISE": rule(
    "U-SUPERVISE",
    "unit",
    "下发督办单并约谈",
    "supervision order",
    cite("ZZ47-GJ", "四.3"),
  ),
  "U-AWARD-BAR": rule(
    "U-AWARD-BAR",
    "unit",
    "取消评先推优资格",
    "award eligibility lost",
    cite("ZZ47-GJ", "四.4"),
  ),
  "U-FOUR-INCLUSIONS": rule(
    "U-FOUR-INCLUSIONS",
    "unit",
    "“四纳入”",
    "the four inclusions",
    cite("ZZ47-GJ", "四.4"),
  ),
  "M-REPORT": rule(
    "M-REPORT",
    "member",
    "到居住地社区党组织报到",
    "report to the residential community",
    cite("ZZ47-BD", "二(一)"),
    cite("ZWJ31"),
  ),
  "M-REREPORT": rule(
    "M-REREPORT",
    "member",
    "居住地变化后一个月内重新报到",
    "re-report within a month of moving",
    cite("ZZ47-BD", "二(一)"),
  ),
  "M-STATS-TABLE": rule(
    "M-STATS-TABLE",
    "member",
    "报送《在职党员到居住地社区统计表》",
    "statistics table sent up",
    cite("ZZ47-BD", "二(一)"),
    cite("ZWJ31"),
  ),
  "M-CLAIM-POST": rule(
    "M-CLAIM-POST",
    "member",
    "认领1个以上志愿服务岗位",
    "claim a volunteer post",
    cite("ZZ47-BD", "二(二)"),
  ),
  "M-SERVICE-YEAR": rule(
    "M-SERVICE-YEAR",
    "member",
    "每年参与居住地社区志愿服务不少于2次",
    "at least two services a year",
    cite("ZZ47-BD", "二(二)"),
  ),
  "M-FOUR-MUSTS": rule(
    "M-FOUR-MUSTS",
    "member",
    "“四个必须参与”",
    "the four musts",
    cite("ZZ47-BD", "二(三)"),
  ),
  "M-MODERATION": rule(
    "M-MODERATION",
    "member",
    "不得行使公权力、不使用单位资源",
    "no public power, no unit resources",
    cite("ZZ47-BD", "一(二)"),
  ),
  "M-FEEDBACK": rule("M-FEEDBACK", "member", "信息登记反馈", "community feedback", cite("ZZ47-BD", "三(一)")),
  "M-SELF-REPORT": rule(
    "M-SELF-REPORT",
    "member",
    "党员每年报告参加社区活动情况",
    "yearly self-report",
    cite("ZZ47-BD", "三(二)"),
  ),
  "M-ORG-REPORT": rule(
    "M-ORG-REPORT",
    "member",
    "机关党组织年底专题报告",
    "organisation's special report",
    cite("ZZ47-BD", "三(二)"),
  ),
  "M-SPOTCHECK-20": rule(
    "M-SPOTCHECK-20",
    "member",
    "实地走访抽查党员不少于20%",
    "field-visit at least 20% of members",
    cite("ZZ47-BD", "三(三)"),
  ),
  "W-COMMUNITY-SAMPLE": rule(
    "W-COMMUNITY-SAMPLE",
    "committee",
    "每个区抽取1-2个社区实地走访",
    "1–2 communities per district",
    cite("ZZ47-BD", "三(三)"),
  ),
  "M-NOT-EXCELLENT": rule(
    "M-NOT-EXCELLENT",
    "member",
    "当年度民主评议党员、个人年度考核不能评为“优秀”",
    "cannot be rated excellent this year",
    cite("ZZ47-BD", "三(四)"),
  ),
  "M-CADRE-BAR": rule(
    "M-CADRE-BAR",
    "member",
    "考察组到社区实地调查走访，有上述情况的取消考察资格",
    "cadre candidacy cancelled",
    cite("ZZ47-BD", "三(四)"),
  ),
} as const satisfies Record<string, RuleEntry>);

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
