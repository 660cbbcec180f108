import * as t from "io-ts";
import * as zod from "../model/unitInquiryAnswer";
import { closedObject, oneOf, withCheck } from "./codec";
import { InvestigationStatus } from "./feedbackItem";
import { CalendarDate, NonEmptyText, RecordId, Year } from "./primitives";

/** Who answered 工委's year-end inquiry form: the street or the community party organisation. */
export const InquiryRespondentKind = oneOf("InquiryRespondentKind", zod.InquiryRespondentKind.options);
export type InquiryRespondentKind = t.TypeOf<typeof InquiryRespondentKind>;

/** A street's or community's answer to the year-end inquiry form; one that reports a problem needs its investigation status. */
export const UnitInquiryAnswer = withCheck(
  closedObject(
    "UnitInquiryAnswer",
    {
      id: RecordId,
      unitId: RecordId,
      year: Year,
      respondentKind: InquiryRespondentKind,
      respondentId: RecordId,
      date: CalendarDate,
      reportsProblem: t.boolean,
    },
    { status: InvestigationStatus, statusDate: CalendarDate, note: NonEmptyText },
  ),
  (answer) =>
    answer.reportsProblem && answer.status === undefined
      ? [
          {
            path: ["status"],
            message:
              "an answer that reports a problem needs its investigation status (pending, verified, unfounded)",
          },
        ]
      : [],
);
export type UnitInquiryAnswer = t.TypeOf<typeof UnitInquiryAnswer>;
