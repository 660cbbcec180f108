import * as t from "io-ts";
import { closedObject, withDefault } from "./codec";
import { PostCode } from "./postClaim";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** One volunteer service; the flags record service that used public power or the unit's resources. */
export const VolunteerService = closedObject(
  "VolunteerService",
  {
    id: RecordId,
    memberId: RecordId,
    date: CalendarDate,
    communityId: RecordId,
    usedPublicPower: withDefault(t.boolean, () => false),
    usedUnitResources: withDefault(t.boolean, () => false),
  },
  { content: NonEmptyText, postCode: PostCode },
);
export type VolunteerService = t.TypeOf<typeof VolunteerService>;
