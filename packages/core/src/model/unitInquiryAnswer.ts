import { z } from "zod";
import { InvestigationStatus } from "./feedbackItem";
import { CalendarDate, NonEmptyText, RecordId, Year } from "./primitives";

/** Who answered 工委's year-end inquiry form: the street or the community party organisation. */
export const InquiryRespondentKind = z.enum(["street", "community"]);
export type InquiryRespondentKind = z.infer<typeof InquiryRespondentKind>;

/**
 * A street's or community's answer to 工委's year-end inquiry form (情况征询单,
 * ZZ47-GJ 四.1) about one unit's co-building in `year`. An answer that reports
 * a problem carries the state of its investigation; once verified it is a
 * negative report ("有负面反映的，经调查属实", 四.4).
 */
export const UnitInquiryAnswer = z
  .strictObject({
    id: RecordId,
    unitId: RecordId,
    year: Year,
    respondentKind: InquiryRespondentKind,
    respondentId: RecordId,
    date: CalendarDate,
    reportsProblem: z.boolean(),
    status: InvestigationStatus.optional(),
    /** When the investigation reached its status; a status dated after the as-of date is not yet known. */
    statusDate: CalendarDate.optional(),
    note: NonEmptyText.optional(),
  })
  .superRefine((answer, ctx) => {
    if (answer.reportsProblem && answer.status === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message:
          "an answer that reports a problem needs its investigation status (pending, verified, unfounded)",
      });
    }
  });
export type UnitInquiryAnswer = z.infer<typeof UnitInquiryAnswer>;
