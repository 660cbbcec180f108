/**
 * Whose records a transaction may read and write (row-level security): the
 * whole city (工委, the auditor), an organisation (机关党委: its unit and every
 * subordinate unit), or single units (a unit's officer).
 */
export type Scope = { all: true } | { organisations?: readonly string[]; units?: readonly string[] };

export const CITY_SCOPE: Scope = { all: true };

/** The scope as the policies read it (`shuangbaodao.scope`). */
export function scopeSetting(scope: Scope): string {
  if ("all" in scope) return JSON.stringify({ all: true });
  return JSON.stringify({ organisations: scope.organisations ?? [], units: scope.units ?? [] });
}
