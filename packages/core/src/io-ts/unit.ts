import type * as t from "io-ts";
import { closedObject } from "./codec";
import { NonEmptyText, RecordId } from "./primitives";

/** A municipal unit or one of its subordinate units; `parentUnitId` makes the hierarchy. */
export const Unit = closedObject("Unit", { id: RecordId, name: NonEmptyText }, { parentUnitId: RecordId });
export type Unit = t.TypeOf<typeof Unit>;
