import * as t from "io-ts";
import * as zod from "../sampling/memberDrawRequest";
import { closedObject, handsOn, listOrEmpty, oneOf, strictObject, withDefault, withPrefault } from "./codec";
import { CalendarDate, Year } from "./primitives";
import { SamplingId, SamplingText } from "./samplingText";

/** One member of a draw's population; a data-model `Member` fits as it is (other fields are dropped). */
export const PopulationMember = strictObject(
  "PopulationMember",
  { id: SamplingId, inService: t.boolean },
  { branchId: SamplingId, inScopeFrom: CalendarDate },
);
export type PopulationMember = t.TypeOf<typeof PopulationMember>;

/**
 * Whether zod's union would still name the member's own fields: it does when
 * every problem is a failed check on an ID that is text (its length, canonical
 * text), which lets parsing go on; a wrong type, a missing field or a bad
 * date stops the member option, and the union then blames the entry itself.
 */
function onlyIdChecksFailed(errors: t.Errors): boolean {
  return errors.every(
    (error) =>
      typeof error.value === "string" && error.context[error.context.length - 1]?.type === SamplingId,
  );
}

/**
 * An entry of the population: a plain member ID (taken as in scope, without a
 * branch) or a member. Errors are reported where zod's `z.union` reports them:
 * at the member's field when only an ID check failed, else at the entry.
 */
export const PopulationEntry = handsOn(
  new t.Type<SamplingId | PopulationMember, SamplingId | t.OutputOf<typeof PopulationMember>>(
    "PopulationEntry",
    (u): u is SamplingId | PopulationMember => SamplingId.is(u) || PopulationMember.is(u),
    (u, c) => {
      if (typeof u === "string") return SamplingId.validate(u, c);
      const member = PopulationMember.validate(u, c);
      if (member._tag === "Right" || onlyIdChecksFailed(member.left)) return member;
      return t.failure(u, c, "expected a member ID (text) or a member (id, inService, …)");
    },
    (entry) => (typeof entry === "string" ? entry : PopulationMember.encode(entry)),
  ),
  SamplingId,
  PopulationMember,
);
export type PopulationEntry = t.TypeOf<typeof PopulationEntry>;

/** Whether a member draw is stratified by branch. */
export const StratifyBy = oneOf("StratifyBy", zod.StratifyBy.options);
export type StratifyBy = t.TypeOf<typeof StratifyBy>;

/** How to draw: stratification, members to visit in any case, members already visited (a top-up draw). Unknown keys refused, as zod's. */
export const MemberSampleOptions = closedObject("MemberSampleOptions", {
  stratifyBy: withDefault(StratifyBy, () => "none" as const),
  mustVisit: listOrEmpty(SamplingId),
  alreadyVisited: listOrEmpty(SamplingId),
});
export type MemberSampleOptions = t.TypeOf<typeof MemberSampleOptions>;

/** Everything a member draw depends on besides the edition; absent `options` are the defaults. */
export const MemberDrawRequest = strictObject("MemberDrawRequest", {
  organisationId: SamplingId,
  year: Year,
  samplingDate: CalendarDate,
  seed: SamplingText,
  population: t.array(PopulationEntry),
  options: withPrefault(MemberSampleOptions, () => ({})),
});
export type MemberDrawRequest = t.TypeOf<typeof MemberDrawRequest>;
