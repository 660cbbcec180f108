import { z } from "zod";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/**
 * The three activities of ZZ47-GJ 三: attending the 街道党建联席会 or
 * 社区联合党委会 (三.1), a joint themed party day (三.2), a community
 * volunteer-service activity (三.3).
 */
export const UnitActivityKind = z.enum(["joint-meeting", "themed-party-day", "volunteer-service"]);
export type UnitActivityKind = z.infer<typeof UnitActivityKind>;

/** Which joint body a meeting was: 街道党建联席会 or 社区联合党委会. */
export const JointMeetingBody = z.enum(["street-joint-meeting", "community-joint-committee"]);
export type JointMeetingBody = z.infer<typeof JointMeetingBody>;

/**
 * The fields of the detailed activity record besides its time (ZZ47-GJ 四.1:
 * "活动时间、地点、具体项目和内容、参加人员名单"). The time is the record's
 * required `date`; an edition names which of these a complete record needs.
 */
export const UnitActivityRecordField = z.enum(["place", "project", "content", "participants"]);
export type UnitActivityRecordField = z.infer<typeof UnitActivityRecordField>;

/**
 * The activity as posted on the 党建云 platform ("图片+文字", ZZ47-GJ 四.2). It
 * corroborates the paper record when it has both a picture and text and gives
 * the same date and kind.
 */
export const UnitOnlineRecord = z.strictObject({
  /** The post's identifier on the platform, when known. */
  postId: RecordId.optional(),
  postedOn: CalendarDate.optional(),
  /** The activity date the post gives. */
  activityDate: CalendarDate,
  /** The kind of activity the post describes. */
  kind: UnitActivityKind,
  hasPicture: z.boolean(),
  hasText: z.boolean(),
});
export type UnitOnlineRecord = z.infer<typeof UnitOnlineRecord>;

/**
 * One activity of the unit with its street or community, as recorded on the
 * activity record form (ZZ47-GJ 四.1). `date` may be a date-time; it is read as
 * the Shanghai calendar day, which decides the month, quarter and half-year the
 * activity counts in.
 */
export const UnitActivity = z.strictObject({
  id: RecordId,
  unitId: RecordId,
  kind: UnitActivityKind,
  date: CalendarDate,
  place: NonEmptyText.optional(),
  project: NonEmptyText.optional(),
  content: NonEmptyText.optional(),
  participants: z.array(NonEmptyText).default([]),
  /** Signed and stamped by a responsible person of the street/community party organisation ("签字盖章确认"). */
  signedAndStamped: z.boolean(),
  /** The street or community the activity was with. */
  counterpartId: RecordId.optional(),
  /** For a joint meeting: which body met. */
  meetingBody: JointMeetingBody.optional(),
  /** For a joint meeting: who attended for the unit (normally the 机关党委专职副书记). */
  attendee: NonEmptyText.optional(),
  attendeeRole: NonEmptyText.optional(),
  /** The 党建云 record, if the activity was posted. */
  online: UnitOnlineRecord.optional(),
});
export type UnitActivity = z.infer<typeof UnitActivity>;
export type UnitActivityInput = z.input<typeof UnitActivity>;
