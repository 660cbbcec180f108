import { normaliseCalendarDate } from "../calendar/calendarDate";
import { canonicalPopulation } from "./canonicalLines";
import { assertCanonicalText } from "./canonicalText";
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
  /** The IDs as UTF-8, in the same order (then the out-of-scope IDs, which only took part in the duplicate check). */
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
  // Out-of-scope IDs join the sort only to be checked against the others.
  const { keys, hash, duplicate } = canonicalPopulation(ids, branches, outOfScope);
  if (duplicate !== undefined) {
    throw new SamplingInputError("duplicate-id", `Member ${duplicate} appears twice in the population`);
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
