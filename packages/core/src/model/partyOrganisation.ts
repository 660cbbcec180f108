import { z } from "zod";
import { Name, RecordId } from "./primitives";

/** The levels of party organisation the regulations name. */
export const PartyOrganisationKind = z.enum(["机关党委", "党委", "总支", "支部"]);
export type PartyOrganisationKind = z.infer<typeof PartyOrganisationKind>;

/**
 * A party organisation of a unit: its 机关党委 at the top, then 总支 and 支部.
 * Members belong to a branch (支部); `parentOrganisationId` makes the tree.
 */
export const PartyOrganisation = z.strictObject({
  id: RecordId,
  unitId: RecordId,
  name: Name,
  kind: PartyOrganisationKind,
  parentOrganisationId: RecordId.optional(),
});
export type PartyOrganisation = z.infer<typeof PartyOrganisation>;
