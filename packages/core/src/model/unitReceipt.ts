import { z } from "zod";
import { CalendarDate, RecordId } from "./primitives";

/** Who keeps a unit's receipt stub: 工委 (ZZ47-GJ 四.1) or, for a subordinate unit, its 机关党委 (ZWJ31). */
export const UnitReceiptRecipient = z.enum(["工委", "机关党委"]);
export type UnitReceiptRecipient = z.infer<typeof UnitReceiptRecipient>;

/**
 * The receipt stub (回执联) of the unit's reporting form, handed in for filing
 * (ZZ47-GJ 四.1: "回执联要统一交回市直工委备案"; ZWJ31: "10月18日前……交机关党委留存").
 */
export const UnitReceipt = z.strictObject({
  id: RecordId,
  unitId: RecordId,
  /** The street report the stub belongs to, when known. */
  streetReportId: RecordId.optional(),
  handedInOn: CalendarDate,
  recipient: UnitReceiptRecipient.optional(),
});
export type UnitReceipt = z.infer<typeof UnitReceipt>;
