import type * as t from "io-ts";
import { closedObject } from "./codec";
import { CalendarDate, Name, RecordId } from "./primitives";

/** The street committee designating the community the unit is to pair with (ZZ47-GJ 二). */
export const UnitCommunityDesignation = closedObject(
  "UnitCommunityDesignation",
  { id: RecordId, unitId: RecordId, streetId: RecordId, communityId: RecordId, date: CalendarDate },
  { communityName: Name },
);
export type UnitCommunityDesignation = t.TypeOf<typeof UnitCommunityDesignation>;
