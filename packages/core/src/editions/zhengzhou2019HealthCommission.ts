import { applyOverlay } from "./applyOverlay";
import { zhengzhou2019 } from "./zhengzhou2019";

/** 郑卫直机党〔2019〕31号: the health commission's earlier internal deadlines. */
export const zhengzhou2019HealthCommission = applyOverlay(zhengzhou2019, {
  id: "zhengzhou-2019-health-commission",
  parentId: "zhengzhou-2019",
  version: "1.0.0",
  title: {
    zh: "郑州市卫生健康委员会直属机关“双报到”（郑卫直机党〔2019〕31号）",
    en: "Zhengzhou Health Commission dual reporting (Zheng Wei Zhi Ji Dang [2019] No. 31)",
  },
  effectiveFrom: "2019-10-09",
  documents: ["ZWJ31"],
  parameters: {
    member: {
      reportDeadline: "2019-10-25",
      statsTableDeadline: "2019-11-10",
    },
    unit: {
      // "10月18日前将《……直属单位到驻在街道社区党组织报到回执单》交机关党委留存"
      subordinateReceiptDeadline: "2019-10-18",
    },
  },
});
