import {
  UnitActivity,
  UnitCommunityDesignation,
  type UnitDataset,
  UnitInquiryAnswer,
  UnitList,
  UnitPairing,
  UnitReceipt,
  UnitScope,
  UnitStreetReport,
} from "@shuangbaodao/core";
import { hint, optional, required } from "./column";
import type { SheetSpec } from "./columnSpec";
import {
  INQUIRY_RESPONDENT_OPTIONS,
  INVESTIGATION_STATUS_OPTIONS,
  JOINT_MEETING_BODY_OPTIONS,
  UNIT_ACTIVITY_KIND_OPTIONS,
  UNIT_LIST_KIND_OPTIONS,
  UNIT_RECEIPT_RECIPIENT_OPTIONS,
} from "./enumOptions";

const recordId = required("记录编号", "Record ID", "id", "text", {
  hint: hint("本表内唯一", "unique within the sheet"),
});
const unitId = required("单位编号", "Unit ID", "unitId", "text", {
  hint: hint("须见于「单位」表", "must be on the Units sheet"),
});

/** The record kinds of the unit programme, keyed as in the core's `UnitDataset` (its units are the shared Units sheet). */
export type UnitProgrammeKey = Exclude<keyof UnitDataset, "units">;

/** The sheets of the unit programme (ZZ47-GJ), one per record kind of the core's `UnitDataset`. */
export const UNIT_PROGRAMME_SHEETS: readonly SheetSpec<UnitProgrammeKey>[] = [
  {
    key: "unitScopes",
    name: "单位纳入范围",
    aliases: ["Unit scopes", "UnitScopes"],
    title: {
      zh: "计划开始后纳入的单位（新设、党组织关系转入）",
      en: "Units that came into scope after the start",
    },
    schema: UnitScope,
    columns: [
      recordId,
      unitId,
      required("纳入范围日期", "In scope from", "inScopeFrom", "date"),
      optional("备注", "Note", "note", "text", { width: 30 }),
    ],
  },
  {
    key: "streetReports",
    name: "向街道报到",
    aliases: ["Street reports", "StreetReports"],
    title: { zh: "机关党委向驻在街道党工委报到", en: "Reports to the street party committee" },
    schema: UnitStreetReport,
    columns: [
      recordId,
      unitId,
      required("街道编号", "Street ID", "streetId", "text"),
      optional("街道名称", "Street name", "streetName", "text", { width: 22 }),
      required("报到日期", "Report date", "date", "date"),
    ],
  },
  {
    key: "designations",
    name: "确定共建社区",
    aliases: ["Designations", "Community designations"],
    title: { zh: "街道党工委确定共建社区", en: "Community designated by the street" },
    schema: UnitCommunityDesignation,
    columns: [
      recordId,
      unitId,
      required("街道编号", "Street ID", "streetId", "text"),
      required("社区编号", "Community ID", "communityId", "text"),
      optional("社区名称", "Community name", "communityName", "text", { width: 22 }),
      required("确定日期", "Designation date", "date", "date"),
    ],
  },
  {
    key: "pairings",
    name: "结对共建",
    aliases: ["Pairings"],
    title: { zh: "与社区党组织签订共建协议", en: "Co-building agreements with the community" },
    schema: UnitPairing,
    columns: [
      recordId,
      unitId,
      required("社区编号", "Community ID", "communityId", "text"),
      required("协议签订日期", "Agreement date", "agreementDate", "date"),
      optional("协议名称", "Agreement title", "agreementTitle", "text", { width: 30 }),
    ],
  },
  {
    key: "receipts",
    name: "回执联",
    aliases: ["Receipts"],
    title: { zh: "报到回执联交回备案", en: "Receipt stubs handed in for filing" },
    schema: UnitReceipt,
    columns: [
      recordId,
      unitId,
      optional("街道报到记录编号", "Street report ID", "streetReportId", "text", {
        hint: hint("须见于「向街道报到」表", "must be on the Street reports sheet"),
      }),
      required("交回日期", "Handed in on", "handedInOn", "date"),
      optional("交回对象", "Recipient", "recipient", "enum", { options: UNIT_RECEIPT_RECIPIENT_OPTIONS }),
    ],
  },
  {
    key: "activities",
    name: "共建活动",
    aliases: ["Activities", "Unit activities"],
    title: { zh: "共驻共建活动记录（联席会议、主题党日、志愿服务）", en: "Co-building activities" },
    schema: UnitActivity,
    columns: [
      required("活动编号", "Activity ID", "id", "text"),
      unitId,
      required("活动类别", "Kind", "kind", "enum", { options: UNIT_ACTIVITY_KIND_OPTIONS }),
      required("活动日期", "Activity date", "date", "date"),
      optional("地点", "Place", "place", "text"),
      optional("项目", "Project", "project", "text"),
      optional("内容", "Content", "content", "text", { width: 30 }),
      optional("参加人员", "Participants", "participants", "list", {
        itemType: "text",
        width: 30,
        hint: hint("多人用顿号分隔", "names separated by commas"),
      }),
      required("已签字盖章", "Signed and stamped", "signedAndStamped", "boolean", {
        hint: hint("街道/社区党组织负责人签字盖章确认", "signed and stamped by the street or community"),
      }),
      optional("街道/社区编号", "Counterpart ID", "counterpartId", "text"),
      optional("会议类别", "Meeting body", "meetingBody", "enum", {
        options: JOINT_MEETING_BODY_OPTIONS,
        hint: hint("联席会议填写", "for a joint meeting"),
      }),
      optional("参会人", "Attendee", "attendee", "text"),
      optional("参会人职务", "Attendee role", "attendeeRole", "text"),
      optional("党建云帖子编号", "Online post ID", "online.postId", "text", {
        hint: hint("已在党建云发布的填写以下各列", "fill these columns if posted on 党建云"),
      }),
      optional("党建云发布日期", "Online posted on", "online.postedOn", "date"),
      optional("党建云所记活动日期", "Online activity date", "online.activityDate", "date"),
      optional("党建云所记活动类别", "Online activity kind", "online.kind", "enum", {
        options: UNIT_ACTIVITY_KIND_OPTIONS,
      }),
      optional("党建云有图片", "Online has picture", "online.hasPicture", "boolean"),
      optional("党建云有文字", "Online has text", "online.hasText", "boolean"),
    ],
  },
  {
    key: "lists",
    name: "三个清单",
    aliases: ["Lists", "Three lists"],
    title: {
      zh: "资源清单、需求清单、项目清单（每个事项一行，同一清单编号相同）",
      en: "Resource, needs and project lists (one row per entry; rows of one list share its ID)",
    },
    schema: UnitList,
    itemRows: { field: "items" },
    columns: [
      required("清单编号", "List ID", "id", "text", {
        hint: hint("同一清单的各行填同一编号", "the same ID on every row of one list"),
      }),
      unitId,
      required("清单类别", "Kind", "kind", "enum", { options: UNIT_LIST_KIND_OPTIONS }),
      required("清单日期", "List date", "date", "date"),
      optional("事项", "Entry", "items.title", "text", { width: 30 }),
      optional("项目协议日期", "Project agreement date", "items.agreementDate", "date"),
    ],
  },
  {
    key: "inquiryAnswers",
    name: "征询单回复",
    aliases: ["Inquiry answers", "InquiryAnswers"],
    title: { zh: "年底情况征询单回复", en: "Answers to the year-end inquiry form" },
    schema: UnitInquiryAnswer,
    columns: [
      recordId,
      unitId,
      required("年度", "Year", "year", "integer"),
      required("回复方", "Respondent kind", "respondentKind", "enum", {
        options: INQUIRY_RESPONDENT_OPTIONS,
      }),
      required("回复方编号", "Respondent ID", "respondentId", "text"),
      required("回复日期", "Answer date", "date", "date"),
      required("是否反映问题", "Reports a problem", "reportsProblem", "boolean"),
      optional("核查状态", "Status", "status", "enum", {
        options: INVESTIGATION_STATUS_OPTIONS,
        hint: hint("反映问题的必填", "required when a problem is reported"),
      }),
      optional("核查日期", "Status date", "statusDate", "date"),
      optional("备注", "Note", "note", "text", { width: 30 }),
    ],
  },
];
