import { normaliseCalendarDate } from "../calendar/calendarDate";
import { canonicalPopulation } from "./canonicalLines";
import { assertCanonicalText, compareCodePoints } from "./canonicalText";
import type { MemberDrawRequestInput, StratifyBy } from "./memberDrawRequest";
import { SamplingInputError } from "./samplingError";
import type { Utf8Table } from "./utf8Table";

type PopulationInput = MemberDrawRequestInput["population"];

/** The in-scope population of a member draw, checked and hashed. */
export interface PreparedMemberPopulation {
  /** Member IDs in scope on the sampling date, in input order. */
  ids: string[];
  /** Their branch IDs, in the same order, when stratified by branch. */
  branches: string[] | undefined;
  /** The IDs as UTF-8, in the same order. */
  encoded: Utf8Table;
  /** SHA-256 of the canonical population (IDs, with branch IDs when stratified). */
  hash: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function canonicalDate(text: unknown, what: string): string {
  const date = typeof text === "string" ? normaliseCalendarDate(text) : undefined;
  if (date === undefined || !ISO_DATE.test(date)) {
    throw new SamplingInputError("invalid-date", `${what} ${JSON.stringify(text)} is not a calendar date`);
  }
  return date;
}

/**
 * The members in scope on the sampling date: plain IDs always; objects when
 * `inService` and `inScopeFrom` is absent or on/before the date. Refuses a
 * non-canonical ID, the same ID twice (in scope or not), and, when stratified,
 * a member in scope without a canonical `branchId`.
 */
export function prepareMemberPopulation(
  population: PopulationInput,
  samplingDate: string,
  stratifyBy: StratifyBy,
): PreparedMemberPopulation {
  const day = canonicalDate(samplingDate, "Sampling date");
  if (!Array.isArray(population))
    throw new SamplingInputError("invalid-input", "The population must be a list");
  const ids: string[] = [];
  const branches: string[] | undefined = stratifyBy === "branch" ? [] : undefined;
  const outOfScope: string[] = [];
  for (const entry of population as readonly unknown[]) {
    if (typeof entry === "string") {
      assertCanonicalText(entry, "Member ID");
      if (branches) {
        throw new SamplingInputError(
          "missing-branch",
          `Member ${entry} is a plain ID: a branch draw needs branchId`,
        );
      }
      ids.push(entry);
      continue;
    }
    if (entry === null || typeof entry !== "object") {
      throw new SamplingInputError(
        "invalid-input",
        "A population entry must be a member ID or a member object",
      );
    }
    const member = entry as { id?: unknown; branchId?: unknown; inService?: unknown; inScopeFrom?: unknown };
    assertCanonicalText(member.id, "Member ID");
    if (typeof member.inService !== "boolean") {
      throw new SamplingInputError("invalid-input", `Member ${member.id}: inService must be true or false`);
    }
    let inScope = member.inService;
    if (inScope && member.inScopeFrom !== undefined) {
      inScope = canonicalDate(member.inScopeFrom, `inScopeFrom of member ${member.id}`) <= day;
    }
    if (!inScope) {
      outOfScope.push(member.id);
      continue;
    }
    if (branches) {
      if (member.branchId === undefined) {
        throw new SamplingInputError(
          "missing-branch",
          `Member ${member.id} has no branchId for a branch draw`,
        );
      }
      assertCanonicalText(member.branchId, `branchId of member ${member.id}`);
      branches.push(member.branchId);
    }
    ids.push(member.id);
  }
  const { keys, order, hash, duplicate } = canonicalPopulation(ids, branches);
  if (duplicate !== undefined) {
    throw new SamplingInputError("duplicate-id", `Member ${duplicate} appears twice in the population`);
  }
  if (outOfScope.length > 0) {
    const seen = new Set<string>();
    for (const id of outOfScope) {
      // An out-of-scope ID may not repeat, nor be an in-scope ID (found in the sorted keys).
      if (seen.has(id) || includesSorted(ids, order, id))
        throw new SamplingInputError("duplicate-id", `Member ${id} appears twice in the population`);
      seen.add(id);
    }
  }
  return { ids, branches, encoded: keys, hash };
}

/**
 * The population hash and size a member draw will record, without drawing:
 * what an organisation publishes as its commitment before the seed exists.
 */
export function hashMemberPopulation(
  request: Pick<MemberDrawRequestInput, "population" | "samplingDate"> & {
    options?: { stratifyBy?: StratifyBy };
  },
): { populationHash: string; populationSize: number } {
  const prepared = prepareMemberPopulation(
    request.population,
    request.samplingDate,
    request.options?.stratifyBy ?? "none",
  );
  return { populationHash: prepared.hash, populationSize: prepared.ids.length };
}

/** Whether `id` is among `ids`, given their code point order: a binary search, no set of every ID. */
function includesSorted(ids: readonly string[], order: Uint32Array, id: string): boolean {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const comparison = compareCodePoints(ids[order[middle] as number] as string, id);
    if (comparison === 0) return true;
    if (comparison < 0) low = middle + 1;
    else high = middle;
  }
  return false;
}
