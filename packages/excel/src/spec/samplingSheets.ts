import { CommunityVisit, FindingsPublication, Visit } from "@shuangbaodao/core";
import { hint, required } from "./column";
import type { SheetSpec } from "./columnSpec";
import { VISIT_KIND_OPTIONS } from "./enumOptions";

/** The record kinds of the spot checks, keyed as the core's sampling inputs name them. */
export type SamplingKey = "visits" | "communityVisits" | "findings";

/** The sheets of the spot checks (ZZ47-BD 三(三)): checks on members, 工委's community visits, its published findings. */
export const SAMPLING_SHEETS: readonly SheetSpec<SamplingKey>[] = [
  {
    key: "visits",
    name: "党员走访",
    aliases: ["Visits", "Member visits"],
    title: {
      zh: "机关党组织对党员的电话、信函、实地走访（只有实地走访计入 20%）",
      en: "Checks on members by phone, letter and field visit (only field visits count toward the 20%)",
    },
    schema: Visit,
    columns: [
      required("记录编号", "Record ID", "id", "text"),
      required("党员编号", "Member ID", "memberId", "text", {
        hint: hint("须见于「党员」表", "must be on the Members sheet"),
      }),
      required("走访日期", "Visit date", "date", "date"),
      required("方式", "Kind", "kind", "enum", { options: VISIT_KIND_OPTIONS }),
    ],
  },
  {
    key: "communityVisits",
    name: "社区走访",
    aliases: ["Community visits", "CommunityVisits"],
    title: { zh: "工委到社区走访", en: "Visits of the work committee to communities" },
    schema: CommunityVisit,
    columns: [
      required("记录编号", "Record ID", "id", "text"),
      required("社区编号", "Community ID", "communityId", "text"),
      required("走访日期", "Visit date", "date", "date"),
      required("方式", "Kind", "kind", "enum", { options: VISIT_KIND_OPTIONS }),
    ],
  },
  {
    key: "findings",
    name: "情况通报",
    aliases: ["Findings", "Findings publications"],
    title: { zh: "工委通报走访了解的情况", en: "Published findings of the community visits" },
    schema: FindingsPublication,
    columns: [
      required("记录编号", "Record ID", "id", "text"),
      required("通报日期", "Publication date", "date", "date"),
    ],
  },
];
