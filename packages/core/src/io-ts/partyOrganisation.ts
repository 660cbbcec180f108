import type * as t from "io-ts";
import * as zod from "../model/partyOrganisation";
import { closedObject, oneOf } from "./codec";
import { Name, RecordId } from "./primitives";

/** The levels of party organisation the regulations name. */
export const PartyOrganisationKind = oneOf("PartyOrganisationKind", zod.PartyOrganisationKind.options);
export type PartyOrganisationKind = t.TypeOf<typeof PartyOrganisationKind>;

/** A party organisation of a unit; `parentOrganisationId` makes the tree. */
export const PartyOrganisation = closedObject(
  "PartyOrganisation",
  { id: RecordId, unitId: RecordId, name: Name, kind: PartyOrganisationKind },
  { parentOrganisationId: RecordId },
);
export type PartyOrganisation = t.TypeOf<typeof PartyOrganisation>;
