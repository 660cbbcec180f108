import {
  CommunityEvent,
  CommunityReport,
  type Dataset,
  EventAttendance,
  FeedbackItem,
  Member,
  PartyOrganisation,
  PostClaim,
  Residence,
  SelfReport,
  Unit,
  VolunteerService,
} from "@shuangbaodao/core";
import { hint, optional, required } from "./column";
import type { SheetSpec } from "./columnSpec";
import {
  FEEDBACK_AREA_OPTIONS,
  FEEDBACK_KIND_OPTIONS,
  FOUR_MUSTS_OPTIONS,
  INVESTIGATION_STATUS_OPTIONS,
  ORGANISATION_KIND_OPTIONS,
} from "./enumOptions";
import { POST_CODE_OPTIONS } from "./postCatalogue";

const recordId = required("记录编号", "Record ID", "id", "text", {
  hint: hint("本表内唯一", "unique within the sheet"),
});
const memberId = required("党员编号", "Member ID", "memberId", "text", {
  hint: hint("须见于「党员」表", "must be on the Members sheet"),
});

/** Records that belong to a member. */

/** The sheets of the member programme (ZZ47-BD) and of the organisation tree, one per record kind. */
export const MEMBER_PROGRAMME_SHEETS: readonly SheetSpec<keyof Dataset>[] = [
  {
    key: "units",
    name: "单位",
    aliases: ["Units"],
    title: {
      zh: "单位（市直单位及其直属单位、二级单位）",
      en: "Units (municipal units and their subordinate units)",
    },
    schema: Unit,
    columns: [
      required("单位编号", "Unit ID", "id", "text"),
      required("单位名称", "Unit name", "name", "text", { width: 30 }),
      optional("上级单位编号", "Parent unit ID", "parentUnitId", "text", {
        hint: hint("直属单位、二级单位填写其上级单位", "for a subordinate unit: its parent unit"),
      }),
      optional("统计表报送日期", "Statistics table sent on", "statsTableSubmittedOn", "date", {
        hint: hint(
          "向工委（或机关党委）报送《在职党员到居住地社区统计表》的日期",
          "the day the unit sent the statistics table up",
        ),
      }),
    ],
  },
  {
    key: "organisations",
    name: "党组织",
    aliases: ["Organisations", "Party organisations"],
    title: {
      zh: "党组织（机关党委、总支、支部）",
      en: "Party organisations (organ committee, general branches, branches)",
    },
    schema: PartyOrganisation,
    columns: [
      required("党组织编号", "Organisation ID", "id", "text"),
      required("单位编号", "Unit ID", "unitId", "text"),
      required("党组织名称", "Organisation name", "name", "text", { width: 30 }),
      required("类别", "Kind", "kind", "enum", { options: ORGANISATION_KIND_OPTIONS }),
      optional("上级党组织编号", "Parent organisation ID", "parentOrganisationId", "text"),
    ],
  },
  {
    key: "members",
    name: "党员",
    aliases: ["Members"],
    title: { zh: "在职党员", en: "In-service party members" },
    schema: Member,
    columns: [
      required("党员编号", "Member ID", "id", "text"),
      optional("姓名", "Name", "name", "text"),
      required("单位编号", "Unit ID", "unitId", "text"),
      optional("支部编号", "Branch ID", "branchId", "text", {
        hint: hint(
          "须见于「党组织」表；无支部的留空（计入本单位「（未分支部）」行）",
          'must be on the Organisations sheet; blank when none (counted on the unit\'s "no branch" line)',
        ),
      }),
      required("是否在职", "In service", "inService", "boolean"),
      optional("纳入范围日期", "In scope from", "inScopeFrom", "date", {
        hint: hint("计划开始后新入职、调入的填写", "when the member came into scope after the start"),
      }),
      optional("组织考察对象年度", "Cadre candidate years", "cadreCandidateYears", "list", {
        itemType: "integer",
        hint: hint("多个年度用顿号分隔，如 2019、2020", "several years separated by commas, e.g. 2019, 2020"),
      }),
    ],
  },
  {
    key: "residences",
    name: "居住地",
    aliases: ["Residences"],
    title: { zh: "居住地（含搬家后的新居住地）", en: "Residences (a new row for each move)" },
    schema: Residence,
    columns: [
      recordId,
      memberId,
      required("社区编号", "Community ID", "communityId", "text"),
      required("社区名称", "Community name", "communityName", "text", { width: 24 }),
      required("县(市)区", "District", "district", "text"),
      required("起始日期", "From", "from", "date", {
        hint: hint("自该日起居住于此社区", "lives in the community from this day"),
      }),
    ],
  },
  {
    key: "reports",
    name: "报到",
    aliases: ["Reports", "Community reports"],
    title: { zh: "到居住地社区报到", en: "Reports to the residential community" },
    schema: CommunityReport,
    columns: [
      recordId,
      memberId,
      required("报到日期", "Report date", "date", "date"),
      required("社区编号", "Community ID", "communityId", "text", {
        hint: hint("须为该党员居住过的社区", "a community the member lived in"),
      }),
      optional("回执交回日期", "Receipt handed in on", "receiptHandedInOn", "date"),
    ],
  },
  {
    key: "postClaims",
    name: "认领岗位",
    aliases: ["Post claims", "PostClaims"],
    title: { zh: "认领志愿服务岗位", en: "Volunteer posts claimed" },
    schema: PostClaim,
    columns: [
      recordId,
      memberId,
      required("岗位代码", "Post code", "postCode", "enum", { options: POST_CODE_OPTIONS, width: 22 }),
      optional("其他岗位说明", "Other post", "otherText", "text", {
        hint: hint("岗位代码为 15（其他）时必填", "required for post code 15 (other)"),
      }),
      optional("认领日期", "Claim date", "date", "date"),
    ],
  },
  {
    key: "services",
    name: "志愿服务",
    aliases: ["Services", "Volunteer services"],
    title: { zh: "参加居住地社区志愿服务", en: "Volunteer services in the residential community" },
    schema: VolunteerService,
    columns: [
      recordId,
      memberId,
      required("服务日期", "Service date", "date", "date"),
      required("社区编号", "Community ID", "communityId", "text"),
      optional("岗位代码", "Post code", "postCode", "enum", { options: POST_CODE_OPTIONS, width: 22 }),
      optional("服务内容", "Content", "content", "text", { width: 30 }),
      optional("是否动用公权", "Used public power", "usedPublicPower", "boolean", {
        hint: hint("空白视为否", "blank means no"),
      }),
      optional("是否动用单位资源", "Used unit resources", "usedUnitResources", "boolean", {
        hint: hint("空白视为否", "blank means no"),
      }),
    ],
  },
  {
    key: "communityEvents",
    name: "社区活动",
    aliases: ["Community events", "CommunityEvents"],
    title: { zh: "社区「四个必须参与」活动", en: "Community events under the four musts" },
    schema: CommunityEvent,
    columns: [
      required("活动编号", "Event ID", "id", "text"),
      required("社区编号", "Community ID", "communityId", "text"),
      required("活动日期", "Event date", "date", "date"),
      required("活动类别", "Kind", "kind", "enum", { options: FOUR_MUSTS_OPTIONS, width: 22 }),
      optional("活动名称", "Title", "title", "text", { width: 30 }),
    ],
  },
  {
    key: "attendances",
    name: "活动参加",
    aliases: ["Attendance", "Attendances"],
    title: { zh: "党员参加社区活动", en: "Members' attendance at community events" },
    schema: EventAttendance,
    columns: [
      recordId,
      required("活动编号", "Event ID", "eventId", "text", {
        hint: hint("须见于「社区活动」表", "must be on the Community events sheet"),
      }),
      memberId,
    ],
  },
  {
    key: "feedback",
    name: "意见反馈",
    aliases: ["Feedback"],
    title: {
      zh: "社区意见反馈（表现突出、负面反映）",
      en: "Community feedback (outstanding conduct, negative reports)",
    },
    schema: FeedbackItem,
    columns: [
      recordId,
      memberId,
      required("反馈日期", "Feedback date", "date", "date"),
      required("类型", "Kind", "kind", "enum", { options: FEEDBACK_KIND_OPTIONS }),
      required("方面", "Area", "area", "enum", { options: FEEDBACK_AREA_OPTIONS }),
      required("核查状态", "Status", "status", "enum", { options: INVESTIGATION_STATUS_OPTIONS }),
      optional("核查日期", "Status date", "statusDate", "date"),
      optional("备注", "Note", "note", "text", { width: 30 }),
    ],
  },
  {
    key: "selfReports",
    name: "年度自述",
    aliases: ["Self reports", "SelfReports"],
    title: { zh: "党员年度向党组织报告社区表现", en: "Members' yearly self-reports" },
    schema: SelfReport,
    columns: [
      recordId,
      memberId,
      required("年度", "Year", "year", "integer"),
      required("已向党组织报告", "Reported to organisation", "reportedToOrganisation", "boolean"),
      required("已在组织生活会说明", "Explained at life meeting", "explainedAtLifeMeeting", "boolean"),
      optional("日期", "Date", "date", "date"),
    ],
  },
];
