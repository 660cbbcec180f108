import type { RecordKind } from "./recordSource";

/** A field of a record that names a record of another (or the same) kind by its ID. */
export interface Reference {
  field: string;
  to: RecordKind;
  /**
   * Checked only when the dataset has records of the target kind at all:
   * party organisations are optional, but when given, a member's branch must
   * be one of them.
   */
  onlyWhenGiven?: boolean;
}

const BY_MEMBER: readonly Reference[] = [{ field: "memberId", to: "members" }];
const BY_UNIT: readonly Reference[] = [{ field: "unitId", to: "units" }];

/**
 * How the records of a dataset hang together: the references each kind
 * makes, the fields other than the ID that must be unique within a kind, and
 * the kinds that form a hierarchy through a parent field. One table for every
 * input path (zod, io-ts, workbook, NDJSON, database, HTTP).
 */
export const REFERENCES: Readonly<Partial<Record<RecordKind, readonly Reference[]>>> = {
  units: [{ field: "parentUnitId", to: "units" }],
  organisations: [
    { field: "unitId", to: "units" },
    { field: "parentOrganisationId", to: "organisations" },
  ],
  members: [
    { field: "unitId", to: "units" },
    { field: "branchId", to: "organisations", onlyWhenGiven: true },
  ],
  residences: BY_MEMBER,
  reports: BY_MEMBER,
  postClaims: BY_MEMBER,
  services: BY_MEMBER,
  attendances: [{ field: "eventId", to: "communityEvents" }, ...BY_MEMBER],
  feedback: BY_MEMBER,
  selfReports: BY_MEMBER,
  visits: BY_MEMBER,
  unitScopes: BY_UNIT,
  streetReports: BY_UNIT,
  designations: BY_UNIT,
  pairings: BY_UNIT,
  receipts: [...BY_UNIT, { field: "streetReportId", to: "streetReports" }],
  activities: BY_UNIT,
  lists: BY_UNIT,
  inquiryAnswers: BY_UNIT,
};

/** Fields besides `id` that no two records of a kind may share: a unit has at most one scope record. */
export const UNIQUE_FIELDS: Readonly<Partial<Record<RecordKind, readonly string[]>>> = {
  unitScopes: ["unitId"],
};

/** Kinds whose records form a tree through a parent field, which must not loop. */
export const HIERARCHIES: Readonly<Partial<Record<RecordKind, string>>> = {
  units: "parentUnitId",
  organisations: "parentOrganisationId",
};

/** What a record of each kind is called in a message, in English and Chinese. */
export const KIND_NAMES: Readonly<Record<RecordKind, { en: string; zh: string }>> = {
  units: { en: "unit", zh: "单位" },
  organisations: { en: "party organisation", zh: "党组织" },
  members: { en: "member", zh: "党员" },
  residences: { en: "residence", zh: "居住地记录" },
  reports: { en: "community report", zh: "报到记录" },
  postClaims: { en: "post claim", zh: "认领岗位记录" },
  services: { en: "volunteer service", zh: "志愿服务记录" },
  communityEvents: { en: "community event", zh: "社区活动" },
  attendances: { en: "attendance", zh: "活动参加记录" },
  feedback: { en: "feedback item", zh: "反馈记录" },
  selfReports: { en: "self-report", zh: "个人报告记录" },
  unitScopes: { en: "scope record", zh: "纳入范围记录" },
  streetReports: { en: "street report", zh: "街道报到记录" },
  designations: { en: "community designation", zh: "共建社区确定记录" },
  pairings: { en: "pairing", zh: "结对共建记录" },
  receipts: { en: "receipt", zh: "回执记录" },
  activities: { en: "unit activity", zh: "单位活动记录" },
  lists: { en: "list", zh: "清单" },
  inquiryAnswers: { en: "inquiry answer", zh: "征询答复" },
  visits: { en: "visit", zh: "走访记录" },
};

/** Every kind of record, in the order the checks read and report them. */
export const RECORD_KINDS = Object.keys(KIND_NAMES) as RecordKind[];
