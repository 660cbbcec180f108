import type { EnumOption } from "./columnSpec";

/** The 备选志愿服务岗位目录 of ZZ47-BD (RULES.md): code, Chinese name, English name. */
export const POST_CATALOGUE: readonly { code: number; zh: string; en: string }[] = [
  { code: 1, zh: "党建工作指导岗", en: "party-building guidance" },
  { code: 2, zh: "政策法规宣传岗", en: "policy and law publicity" },
  { code: 3, zh: "文明新风践行岗", en: "civic conduct" },
  { code: 4, zh: "环境卫生保洁岗", en: "environmental sanitation" },
  { code: 5, zh: "垃圾分类督导岗", en: "waste-sorting guidance" },
  { code: 6, zh: "扶贫帮困助残岗", en: "poverty, hardship and disability aid" },
  { code: 7, zh: "学生关怀服务岗", en: "care for students" },
  { code: 8, zh: "医疗卫生服务岗", en: "medical and health service" },
  { code: 9, zh: "科普知识宣传岗", en: "popular science" },
  { code: 10, zh: "文体活动服务岗", en: "culture and sport" },
  { code: 11, zh: "法律援助服务岗", en: "legal aid" },
  { code: 12, zh: "民情收集反馈岗", en: "collecting residents' opinions" },
  { code: 13, zh: "民事纠纷调解岗", en: "mediating civil disputes" },
  { code: 14, zh: "代理承办服务岗", en: "errands on residents' behalf" },
  { code: 15, zh: "其他", en: "other" },
];

/** Post codes as dropdown options: `1 党建工作指导岗`; the import also takes `1`, the name or the English. */
export const POST_CODE_OPTIONS: readonly EnumOption[] = POST_CATALOGUE.map((post) => ({
  value: post.code,
  zh: post.zh,
  en: post.en,
  display: `${post.code} ${post.zh}`,
}));
