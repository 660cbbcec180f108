import { z } from "zod";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** The "三个清单" of ZZ47-GJ 一: resources, needs, and the projects agreed with the community. */
export const UnitListKind = z.enum(["resources", "needs", "projects"]);
export type UnitListKind = z.infer<typeof UnitListKind>;

/** One entry of a list. A project entry carries the date of its project agreement ("签定项目合作协议"). */
export const UnitListItem = z.strictObject({
  title: NonEmptyText,
  agreementDate: CalendarDate.optional(),
});
export type UnitListItem = z.infer<typeof UnitListItem>;

/** One of the unit's three lists, as drawn up on a date. A later list of the same kind replaces an earlier one. */
export const UnitList = z.strictObject({
  id: RecordId,
  unitId: RecordId,
  kind: UnitListKind,
  date: CalendarDate,
  items: z.array(UnitListItem).default([]),
});
export type UnitList = z.infer<typeof UnitList>;
