import { defineEdition } from "./defineEdition";

/** The city's edition: 郑直〔2019〕47号 and its two programmes, with RULES.md's default readings. */
export const zhengzhou2019 = defineEdition({
  id: "zhengzhou-2019",
  version: "1.0.0",
  title: {
    zh: "郑州市直机关“双报到”（郑直〔2019〕47号）",
    en: "Zhengzhou municipal organs dual reporting (Zheng Zhi [2019] No. 47)",
  },
  effectiveFrom: "2019-09-17",
  documents: ["ZZ47-BD", "ZZ47", "ZZ47-GJ"],
  parameters: {
    member: {
      programmeStart: "2019-10-01",
      reportDeadline: "2019-10-31",
      reReportGraceMonths: 1,
      lateReportBlocksExcellent: false,
      missingReReportBlocksExcellent: true,
      lateReReportBlocksExcellent: false,
      postsToClaim: 1,
      servicesPerYear: 2,
      serviceMustBeInResidenceCommunity: true,
      proRateServicesForLateJoiners: false,
      excludeServiceUsingPublicPower: true,
      excludeServiceUsingUnitResources: true,
      pendingInvestigation: "provisional",
      negativeFeedbackAreas: ["social-morality", "family-virtue", "other"],
      fourMustsAffectRating: false,
      selfReportRequired: true,
      statsTableDeadline: "2019-11-20",
    },
    sampling: {
      spotCheckRate: 0.2,
      communitiesPerDistrict: 2,
    },
  },
});
