import type * as t from "io-ts";
import * as zod from "../model/unitThreeLists";
import { closedObject, listOrEmpty, oneOf } from "./codec";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** The "三个清单": resources, needs, and the projects agreed with the community. */
export const UnitListKind = oneOf("UnitListKind", zod.UnitListKind.options);
export type UnitListKind = t.TypeOf<typeof UnitListKind>;

/** One entry of a list; a project entry carries the date of its project agreement. */
export const UnitListItem = closedObject(
  "UnitListItem",
  { title: NonEmptyText },
  { agreementDate: CalendarDate },
);
export type UnitListItem = t.TypeOf<typeof UnitListItem>;

/** One of the unit's three lists, as drawn up on a date. */
export const UnitList = closedObject("UnitList", {
  id: RecordId,
  unitId: RecordId,
  kind: UnitListKind,
  date: CalendarDate,
  items: listOrEmpty(UnitListItem),
});
export type UnitList = t.TypeOf<typeof UnitList>;
