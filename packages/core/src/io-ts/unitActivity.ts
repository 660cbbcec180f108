import * as t from "io-ts";
import * as zod from "../model/unitActivity";
import { closedObject, listOrEmpty, oneOf } from "./codec";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** The three activities of ZZ47-GJ 三. */
export const UnitActivityKind = oneOf("UnitActivityKind", zod.UnitActivityKind.options);
export type UnitActivityKind = t.TypeOf<typeof UnitActivityKind>;

/** Which joint body a meeting was: 街道党建联席会 or 社区联合党委会. */
export const JointMeetingBody = oneOf("JointMeetingBody", zod.JointMeetingBody.options);
export type JointMeetingBody = t.TypeOf<typeof JointMeetingBody>;

/** The fields of the detailed activity record besides its time (ZZ47-GJ 四.1). */
export const UnitActivityRecordField = oneOf("UnitActivityRecordField", zod.UnitActivityRecordField.options);
export type UnitActivityRecordField = t.TypeOf<typeof UnitActivityRecordField>;

/** The activity as posted on the 党建云 platform ("图片+文字", ZZ47-GJ 四.2). */
export const UnitOnlineRecord = closedObject(
  "UnitOnlineRecord",
  { activityDate: CalendarDate, kind: UnitActivityKind, hasPicture: t.boolean, hasText: t.boolean },
  { postId: RecordId, postedOn: CalendarDate },
);
export type UnitOnlineRecord = t.TypeOf<typeof UnitOnlineRecord>;

/** One activity of the unit with its street or community, as on the activity record form (ZZ47-GJ 四.1). */
export const UnitActivity = closedObject(
  "UnitActivity",
  {
    id: RecordId,
    unitId: RecordId,
    kind: UnitActivityKind,
    date: CalendarDate,
    participants: listOrEmpty(NonEmptyText),
    signedAndStamped: t.boolean,
  },
  {
    place: NonEmptyText,
    project: NonEmptyText,
    content: NonEmptyText,
    counterpartId: RecordId,
    meetingBody: JointMeetingBody,
    attendee: NonEmptyText,
    attendeeRole: NonEmptyText,
    online: UnitOnlineRecord,
  },
);
export type UnitActivity = t.TypeOf<typeof UnitActivity>;
