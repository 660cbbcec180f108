import { z } from "zod";
import { Name, RecordId } from "./primitives";

/**
 * A municipal unit (市直单位) or one of its subordinate units (直属单位/二级单位).
 * `parentUnitId` makes the hierarchy (`U-SCOPE`, ZZ47-GJ 二).
 */
export const Unit = z.strictObject({
  id: RecordId,
  name: Name,
  parentUnitId: RecordId.optional(),
});
export type Unit = z.infer<typeof Unit>;
