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
