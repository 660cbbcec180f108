import * as t from "io-ts";
import { closedObject, integer, withDefault } from "./codec";
import { CalendarDate, Name, RecordId } from "./primitives";

/** A party member of a unit; `inScopeFrom` is set when they came into scope after the programme began. */
export const Member = closedObject(
  "Member",
  {
    id: RecordId,
    unitId: RecordId,
    inService: t.boolean,
    /** Years in which the member is a candidate under inspection for cadre selection. */
    cadreCandidateYears: withDefault(t.array(integer("Int")), () => []),
  },
  { name: Name, branchId: RecordId, inScopeFrom: CalendarDate, attendedEventIds: t.array(RecordId) },
);
export type Member = t.TypeOf<typeof Member>;
