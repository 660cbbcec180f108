import fc from "fast-check";
import type { Edition } from "../../editions/edition";
import { canonicalTextProblem } from "../canonicalText";
import { CITY, withSampling } from "./fixtures";

/** Characters IDs are made of: ASCII, CJK, a character above U+FFFF and one in U+E000–U+FFFF (the two orders differ there). */
const ID_CHARS = ["A", "B", "m", "0", "1", "9", "-", "_", " ", "党", "支", "部", "😀", "\uFF5E", "é"];

/** A canonical ID (no surrounding space, no control character). */
export const idArbitrary = fc
  .array(fc.constantFrom(...ID_CHARS), { minLength: 1, maxLength: 6 })
  .map((chars) => chars.join(""))
  .filter((id) => canonicalTextProblem(id) === undefined);

/** A canonical seed, sometimes longer than one SHA-256 block. */
export const seedArbitrary = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
    fc.string({ minLength: 60, maxLength: 140 }),
  )
  .filter((seed) => canonicalTextProblem(seed) === undefined);

/** Editions with other spot-check rates. */
export const editionArbitrary: fc.Arbitrary<Edition> = fc.constantFrom(
  CITY,
  ...[0.1, 0.25, 1 / 3, 0.05, 1, 0.7].map((rate) =>
    withSampling({ spotCheckRate: rate }, CITY, `rate-${rate}`),
  ),
);

export interface ArbitraryMember {
  id: string;
  branchId: string;
  inService: boolean;
  inScopeFrom?: string;
}

/** A population with unique IDs, a few branches, some members out of scope on 2019-11-01. */
export const populationArbitrary: fc.Arbitrary<ArbitraryMember[]> = fc
  .uniqueArray(idArbitrary, { maxLength: 60 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.constantFrom("甲", "乙", "丙", "B4"), { minLength: ids.length, maxLength: ids.length }),
      fc.array(fc.constantFrom("in", "in", "in", "in", "retired", "later", "earlier"), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
    ),
  )
  .map(([ids, branches, scopes]) =>
    ids.map((id, i) => {
      const scope = scopes[i];
      const member: ArbitraryMember = { id, branchId: branches[i] as string, inService: scope !== "retired" };
      if (scope === "later") member.inScopeFrom = "2019-12-01";
      if (scope === "earlier") member.inScopeFrom = "2019-06-30";
      return member;
    }),
  );

/** In scope on the sampling date 2019-11-01. */
export function inScope(member: ArbitraryMember): boolean {
  return member.inService && (member.inScopeFrom === undefined || member.inScopeFrom <= "2019-11-01");
}
