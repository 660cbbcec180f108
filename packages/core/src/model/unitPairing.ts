import { z } from "zod";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/**
 * The unit's 机关党委 pairing with the community party organisation: the
 * co-building agreement (ZZ47-GJ 一: "签订共建协议"; 二: "正式开展结对共建").
 */
export const UnitPairing = z.strictObject({
  id: RecordId,
  unitId: RecordId,
  communityId: RecordId,
  agreementDate: CalendarDate,
  agreementTitle: NonEmptyText.optional(),
});
export type UnitPairing = z.infer<typeof UnitPairing>;
