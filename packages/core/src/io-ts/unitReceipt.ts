import type * as t from "io-ts";
import * as zod from "../model/unitReceipt";
import { closedObject, oneOf } from "./codec";
import { CalendarDate, RecordId } from "./primitives";

/** Who keeps a unit's receipt stub: 工委 or, for a subordinate unit, its 机关党委. */
export const UnitReceiptRecipient = oneOf("UnitReceiptRecipient", zod.UnitReceiptRecipient.options);
export type UnitReceiptRecipient = t.TypeOf<typeof UnitReceiptRecipient>;

/** The receipt stub (回执联) of the unit's reporting form, handed in for filing. */
export const UnitReceipt = closedObject(
  "UnitReceipt",
  { id: RecordId, unitId: RecordId, handedInOn: CalendarDate },
  { streetReportId: RecordId, recipient: UnitReceiptRecipient },
);
export type UnitReceipt = t.TypeOf<typeof UnitReceipt>;
