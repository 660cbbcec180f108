import type { EnumOption } from "./columnSpec";

// The option lists of the coded columns. Values are the core model's enum values;
// the Chinese is what the dropdowns show.

export const ORGANISATION_KIND_OPTIONS: readonly EnumOption[] = [
  { value: "机关党委", zh: "机关党委", en: "organ party committee" },
  { value: "党委", zh: "党委", en: "party committee" },
  { value: "总支", zh: "总支", en: "general branch" },
  { value: "支部", zh: "支部", en: "branch" },
];

export const FOUR_MUSTS_OPTIONS: readonly EnumOption[] = [
  { value: "major-arrangement", zh: "社区党组织重大部署", en: "major arrangement" },
  { value: "committee-election", zh: "居委会、业委会选举", en: "committee election" },
  { value: "yizheng-sanyi-liang-gongkai", zh: "一征三议两公开", en: "yizheng sanyi liang gongkai" },
  { value: "specialty-activity", zh: "发挥专长活动", en: "specialty activity" },
];

export const FEEDBACK_KIND_OPTIONS: readonly EnumOption[] = [
  { value: "outstanding", zh: "表现突出", en: "outstanding" },
  { value: "negative", zh: "负面反映", en: "negative" },
];

export const FEEDBACK_AREA_OPTIONS: readonly EnumOption[] = [
  { value: "social-morality", zh: "社会公德", en: "social morality" },
  { value: "family-virtue", zh: "家庭美德", en: "family virtue" },
  { value: "other", zh: "其他", en: "other" },
];

export const INVESTIGATION_STATUS_OPTIONS: readonly EnumOption[] = [
  { value: "pending", zh: "核查中", en: "pending" },
  { value: "verified", zh: "已核实", en: "verified" },
  { value: "unfounded", zh: "不属实", en: "unfounded" },
];

/** What a `boolean` column's dropdown offers. */
export const YES_NO_DISPLAY = { yes: "是", no: "否" } as const;

export const UNIT_ACTIVITY_KIND_OPTIONS: readonly EnumOption[] = [
  { value: "joint-meeting", zh: "党建联席会议", en: "joint meeting" },
  { value: "themed-party-day", zh: "联合主题党日", en: "themed party day" },
  { value: "volunteer-service", zh: "志愿服务活动", en: "volunteer service" },
];

export const JOINT_MEETING_BODY_OPTIONS: readonly EnumOption[] = [
  { value: "street-joint-meeting", zh: "街道党建联席会", en: "street joint meeting" },
  { value: "community-joint-committee", zh: "社区联合党委会", en: "community joint committee" },
];

export const UNIT_RECEIPT_RECIPIENT_OPTIONS: readonly EnumOption[] = [
  { value: "工委", zh: "工委", en: "work committee" },
  { value: "机关党委", zh: "机关党委", en: "organ party committee" },
];

export const UNIT_LIST_KIND_OPTIONS: readonly EnumOption[] = [
  { value: "resources", zh: "资源清单", en: "resources" },
  { value: "needs", zh: "需求清单", en: "needs" },
  { value: "projects", zh: "项目清单", en: "projects" },
];

export const INQUIRY_RESPONDENT_OPTIONS: readonly EnumOption[] = [
  { value: "street", zh: "街道", en: "street" },
  { value: "community", zh: "社区", en: "community" },
];

export const VISIT_KIND_OPTIONS: readonly EnumOption[] = [
  { value: "phone", zh: "电话", en: "phone" },
  { value: "letter", zh: "信函", en: "letter" },
  { value: "field-visit", zh: "实地走访", en: "field visit" },
];
