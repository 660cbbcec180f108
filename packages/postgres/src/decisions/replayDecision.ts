import { assessMember, assessUnitYear, canonicalJson, getEdition } from "@shuangbaodao/core";
import { DatabaseError } from "../connection/databaseError";
import { inTransaction } from "../connection/inTransaction";
import type { Database } from "../connection/openDatabase";
import { CITY_SCOPE, type Scope } from "../connection/scope";
import { contentSha256 } from "../digest/contentSha256";
import { loadMemberBundles, loadUnitBundle, readUnits } from "../read/loadBundles";
import { type Decision, getDecision } from "./decisions";
import { editionSha256, LIBRARY_VERSION } from "./libraryVersion";

/** How one rule's verdict differs between the decision and its replay. */
export interface VerdictDrift {
  ruleId: string;
  /** The verdict's place among this rule's verdicts (a unit rule has one per period). */
  index: number;
  stored: unknown;
  replayed: unknown;
}

export interface Replay {
  decision: Decision;
  /** The records as known then no longer hash to what the decision used. */
  inputDrift: { stored: string; replayed: string } | null;
  /** The edition's content or the library changed since. */
  editionDrift: { stored: string; replayed: string } | null;
  libraryDrift: { stored: string; replayed: string } | null;
  /** Rule by rule, every verdict that came out different. */
  verdictDrift: VerdictDrift[];
  /** Nothing drifted: the same records gave the same verdicts. */
  identical: boolean;
}

/**
 * Replays a decision: reads the subject's records as the database held them
 * at the decision's known-at instant, decides again under the same edition,
 * and says what drifted — the input (its hash), the edition, the library,
 * and the verdicts rule by rule.
 */
export async function replayDecision(
  db: Database,
  id: string,
  options: { scope?: Scope } = {},
): Promise<Replay> {
  const scope = options.scope ?? CITY_SCOPE;
  const decision = await getDecision(db, id, { scope });
  if (!decision) {
    throw new DatabaseError(`找不到决定 ${id}（或无权查看）`, `No decision ${id} (or not in your scope)`);
  }
  const edition = getEdition(decision.edition.id);
  const when = { year: decision.year, ...(decision.asOf !== null && { asOf: decision.asOf }) };
  const replayed = await inTransaction(
    db,
    scope,
    async (client) => {
      const units = await readUnits(client, decision.knownAt);
      if (decision.subject.kind === "unit") {
        const bundle = await loadUnitBundle(client, decision.subject.id, decision.knownAt, units);
        return bundle && { records: bundle, verdicts: assessUnitYear(bundle, edition, when).verdicts };
      }
      const [bundle] = await loadMemberBundles(client, [decision.subject.id], decision.knownAt, units);
      return bundle && { records: bundle, verdicts: assessMember(bundle, edition, when).verdicts };
    },
    { repeatableRead: true },
  );
  const recordsSha256 = replayed ? contentSha256(replayed.records) : "(no records)";
  const drift = (stored: string, now: string) => (stored === now ? null : { stored, replayed: now });
  const verdictDrift = compareVerdicts(decision.verdicts, replayed?.verdicts ?? []);
  const result = {
    decision,
    inputDrift: drift(decision.recordsSha256, recordsSha256),
    editionDrift: drift(decision.edition.sha256, editionSha256(edition)),
    libraryDrift: drift(decision.libraryVersion, LIBRARY_VERSION),
    verdictDrift,
  };
  return {
    ...result,
    identical:
      !result.inputDrift && !result.editionDrift && !result.libraryDrift && verdictDrift.length === 0,
  };
}

/** Verdicts side by side by rule ID and their order within the rule; every pair whose canonical JSON differs. */
export function compareVerdicts(stored: readonly unknown[], replayed: readonly unknown[]): VerdictDrift[] {
  const keyed = (verdicts: readonly unknown[]) => {
    const map = new Map<string, { ruleId: string; index: number; verdict: unknown }>();
    const seen = new Map<string, number>();
    for (const verdict of verdicts) {
      const ruleId = String((verdict as { ruleId?: unknown }).ruleId);
      const index = seen.get(ruleId) ?? 0;
      seen.set(ruleId, index + 1);
      map.set(`${ruleId}#${index}`, { ruleId, index, verdict });
    }
    return map;
  };
  const before = keyed(stored);
  const after = keyed(JSON.parse(JSON.stringify(replayed)));
  const drift: VerdictDrift[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (canonicalJson(a?.verdict ?? null) !== canonicalJson(b?.verdict ?? null)) {
      const { ruleId, index } = (a ?? b) as { ruleId: string; index: number };
      drift.push({ ruleId, index, stored: a?.verdict ?? null, replayed: b?.verdict ?? null });
    }
  }
  return drift;
}
