import type { ExcludedRecord, FactValue, Fix, Task, Verdict, VerdictStatus } from "../model/verdict";
import { RULES, type RuleId } from "../rules/ruleCatalogue";
import type { MemberContext } from "./memberContext";

/** The parts of a verdict a rule decides; the builder adds the rest. */
export interface VerdictParts {
  status: VerdictStatus;
  reason?: string;
  provisional?: boolean;
  severity?: Verdict["severity"];
  recordIds?: string[];
  facts?: Record<string, FactValue>;
  excluded?: ExcludedRecord[];
  explanation: { zh: string; en: string };
  fix?: Fix;
  tasks?: Task[];
  triggeredBy?: string[];
}

/** A member verdict with its rule's citation, the subject, the year and the edition filled in. */
export function memberVerdict(ctx: MemberContext, ruleId: RuleId, parts: VerdictParts): Verdict {
  const verdict: Verdict = {
    ruleId,
    subject: { kind: "member", id: ctx.records.member.id },
    year: ctx.year,
    status: parts.status,
    provisional: parts.provisional ?? false,
    severity: parts.severity ?? "binding",
    citations: RULES[ruleId].citations.map((c) => ({ ...c })),
    recordIds: [...new Set(parts.recordIds ?? [])].sort(),
    facts: parts.facts ?? {},
    excluded: parts.excluded ?? [],
    edition: { id: ctx.edition.id, version: ctx.edition.version },
    explanation: parts.explanation,
    tasks: parts.tasks ?? [],
    triggeredBy: parts.triggeredBy ?? [],
  };
  if (parts.reason !== undefined) verdict.reason = parts.reason;
  if (parts.fix !== undefined) verdict.fix = parts.fix;
  return verdict;
}

/** `excluded` entry for a record set aside. */
export function excludedRecord(recordId: string, reason: string, zh: string, en: string): ExcludedRecord {
  return { recordId, reason, explanation: { zh, en } };
}
