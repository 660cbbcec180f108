import { deepFreeze } from "../collections/deepFreeze";

/** The source documents, keyed as `../shared/RULES.md` keys them. */
export const DOCUMENTS = deepFreeze({
  ZZ47: {
    key: "ZZ47",
    title:
      "中共郑州市委组织部 中共郑州市委市直机关工作委员会《关于推进市直机关党组织和在职党员“双报到”工作的通知》郑直〔2019〕47号",
    date: "2019-09-17",
  },
  "ZZ47-GJ": {
    key: "ZZ47-GJ",
    title: "推进市直机关与驻在街道社区党组织共驻共建工作方案（郑直〔2019〕47号附件）",
    date: "2019-09-17",
  },
  "ZZ47-BD": {
    key: "ZZ47-BD",
    title: "推进市直单位在职党员到居住地社区党组织报到工作方案（郑直〔2019〕47号附件）",
    date: "2019-09-17",
  },
  ZWJ31: {
    key: "ZWJ31",
    title:
      "中共郑州市卫生健康委员会直属机关委员会《关于转发〈关于推进市直机关党组织和在职党员“双报到”工作的通知〉的通知》郑卫直机党〔2019〕31号",
    date: "2019-10-09",
  },
} as const);

export type DocumentKey = keyof typeof DOCUMENTS;
export type SourceDocument = (typeof DOCUMENTS)[DocumentKey];
