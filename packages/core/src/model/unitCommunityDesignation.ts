import { z } from "zod";
import { CalendarDate, Name, RecordId } from "./primitives";

/**
 * The street committee designating the community the unit is to pair with
 * (ZZ47-GJ 二: "根据街道党工委统一安排来确定共建社区").
 */
export const UnitCommunityDesignation = z.strictObject({
  id: RecordId,
  unitId: RecordId,
  streetId: RecordId,
  communityId: RecordId,
  communityName: Name.optional(),
  date: CalendarDate,
});
export type UnitCommunityDesignation = z.infer<typeof UnitCommunityDesignation>;
