import type { RecordKind } from "@shuangbaodao/core";

/**
 * The table of each kind of record. The names are fixed here, never taken
 * from input: they are the only identifiers the adapter puts into SQL text.
 */
export const RECORD_TABLES = {
  units: "units",
  organisations: "organisations",
  members: "members",
  residences: "residences",
  reports: "community_reports",
  postClaims: "post_claims",
  services: "volunteer_services",
  communityEvents: "community_events",
  attendances: "event_attendances",
  feedback: "feedback_items",
  selfReports: "self_reports",
  visits: "visits",
  unitScopes: "unit_scopes",
  streetReports: "unit_street_reports",
  designations: "unit_designations",
  pairings: "unit_pairings",
  receipts: "unit_receipts",
  activities: "unit_activities",
  lists: "unit_lists",
  inquiryAnswers: "unit_inquiry_answers",
} as const satisfies Record<RecordKind, string>;

/** The kinds in the order an import writes them: what others refer to first. */
export const RECORD_KINDS = Object.keys(RECORD_TABLES) as RecordKind[];

/** The columns every record table has besides the record's own fields (see the migration). */
export const VERSION_COLUMNS = [
  "version",
  "recorded_at",
  "superseded_at",
  "import_id",
  "scope_unit_id",
  "content_sha256",
] as const;

/** The kinds whose records belong to a member (their scope is the member's unit). */
export const MEMBER_KINDS: ReadonlySet<RecordKind> = new Set([
  "residences",
  "reports",
  "postClaims",
  "services",
  "attendances",
  "feedback",
  "selfReports",
  "visits",
]);

// A few dozen distinct names, asked for once per field of every record read or written.
const columns = new Map<string, string>();
const fields = new Map<string, string>();

/** A field's column: `communityName` → `community_name`. */
export function columnOf(field: string): string {
  let column = columns.get(field);
  if (column === undefined) {
    column = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    columns.set(field, column);
  }
  return column;
}

/** A column's field: `community_name` → `communityName`. */
export function fieldOf(column: string): string {
  let field = fields.get(column);
  if (field === undefined) {
    field = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    fields.set(column, field);
  }
  return field;
}
