/** What a token may do. */
export const RIGHTS = ["read", "assess", "sample", "import"] as const;
export type Right = (typeof RIGHTS)[number];

/**
 * Who is calling: a token's ID (never the token), its rights and the units it
 * may touch. `units: "all"` only when the server runs without tokens.
 */
export interface Principal {
  tokenId: string;
  rights: ReadonlySet<Right>;
  /** The organisation the token speaks for, when it is scoped to one. */
  organisation?: string;
  units: ReadonlySet<string> | "all";
}

/** The caller when no token file is configured (a server on the loopback for one user). */
export const ANONYMOUS: Principal = Object.freeze({
  tokenId: "anonymous",
  rights: new Set(RIGHTS),
  units: "all",
});

/** Whether the principal may touch a unit's members and records. */
export function mayTouchUnit(principal: Principal, unitId: string): boolean {
  return principal.units === "all" || principal.units.has(unitId);
}
