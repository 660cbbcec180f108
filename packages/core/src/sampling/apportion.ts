/** One stratum (branch) to share places among. */
export interface ApportionStratum {
  /** Members in scope in the stratum. */
  size: number;
  /** Members already counted in it (must-visit or already visited); its share never drops below this. */
  fixed: number;
}

/**
 * Which of two strata gets a contested place first: negative for `a`,
 * positive for `b`. Called only on exact ties and given the places each has
 * so far, so a draw can break ties by the rank of each stratum's next
 * candidate — a seed-dependent, unbiased order.
 */
export type PreferStratum = (a: number, b: number, allocation: readonly number[]) => number;

/**
 * Shares `total` places among strata in proportion to their sizes, every
 * non-empty stratum getting at least one, and never fewer than its fixed
 * members. The shares add up to exactly `total` unless the fixed members
 * alone exceed it (then each stratum keeps just its fixed members).
 *
 * Method (`docs/sampling.md`, "Apportionment"):
 * 1. If the fixed members fill `total`, every stratum gets its fixed count.
 * 2. Lower bound of a non-empty stratum: max(fixed, 1). If the lower bounds
 *    exceed `total`, the strata keep their fixed counts and the places left
 *    go one each to strata without a fixed member, largest first (ties by
 *    `prefer`).
 * 3. Otherwise, largest remainder (Hamilton) with lower bounds: the quota of
 *    a stratum is T·size/N over the strata still open (T places, N members);
 *    every stratum whose quota is below its lower bound gets the bound and
 *    leaves; repeat until none does. The open strata get the whole part of
 *    their quotas, and the places left go one each by largest remainder
 *    (exact integer comparison), ties by `prefer`.
 */
export function apportion(
  total: number,
  strata: readonly ApportionStratum[],
  prefer: PreferStratum,
): number[] {
  const fixed = strata.map((s) => s.fixed);
  const fixedTotal = fixed.reduce((sum, f) => sum + f, 0);
  if (fixedTotal >= total) return fixed;

  const lower = strata.map((s) => (s.size > 0 ? Math.max(s.fixed, 1) : 0));
  if (lower.reduce((sum, l) => sum + l, 0) > total) {
    const allocation = [...fixed];
    const open = strata.map((_, i) => i).filter((i) => fixed[i] === 0 && (strata[i]?.size ?? 0) > 0);
    open.sort((a, b) => (strata[b]?.size ?? 0) - (strata[a]?.size ?? 0) || prefer(a, b, allocation));
    for (const i of open.slice(0, total - fixedTotal)) allocation[i] = 1;
    return allocation;
  }

  const allocation = strata.map(() => 0);
  let open = strata.map((_, i) => i).filter((i) => (strata[i]?.size ?? 0) > 0);
  let places = BigInt(total);
  for (;;) {
    const members = open.reduce((sum, i) => sum + BigInt(strata[i]?.size ?? 0), 0n);
    const below = open.filter((i) => places * BigInt(strata[i]?.size ?? 0) < BigInt(lower[i] ?? 0) * members);
    if (below.length === 0) break;
    for (const i of below) {
      allocation[i] = lower[i] ?? 0;
      places -= BigInt(lower[i] ?? 0);
    }
    open = open.filter((i) => !below.includes(i));
  }

  const members = open.reduce((sum, i) => sum + BigInt(strata[i]?.size ?? 0), 0n);
  const remainders = new Map<number, bigint>();
  let given = 0n;
  for (const i of open) {
    const share = places * BigInt(strata[i]?.size ?? 0);
    allocation[i] = Number(share / members);
    given += share / members;
    remainders.set(i, share % members);
  }
  const byRemainder = open
    .filter((i) => (remainders.get(i) ?? 0n) > 0n)
    .sort((a, b) => {
      const ra = remainders.get(a) ?? 0n;
      const rb = remainders.get(b) ?? 0n;
      return ra !== rb ? (ra > rb ? -1 : 1) : prefer(a, b, allocation);
    });
  for (const i of byRemainder.slice(0, Number(places - given))) allocation[i] = (allocation[i] ?? 0) + 1;
  return allocation;
}
