import { CITY_SCOPE, type Scope } from "@shuangbaodao/postgres";
import type { Principal } from "../auth/principal";

/**
 * The token's scope as the database's row-level-security setting: the same
 * organisation and units, so the database refuses what the token may not
 * touch even if a route forgot to check.
 */
export function databaseScope(principal: Principal): Scope {
  if (principal.units === "all") return CITY_SCOPE;
  const units = [...principal.units].filter((unit) => unit !== principal.organisation);
  return {
    ...(principal.organisation !== undefined && { organisations: [principal.organisation] }),
    units,
  };
}
