import { verdictDigest } from "@shuangbaodao/core";
import { LIBRARY_VERSION } from "../libraryVersion";

/**
 * What an assessment answered: the edition (ID and version), the options
 * (year, as-of, a spot check's seed and date), the subject, and the SHA-256
 * (`verdictDigest`) of the validated input it was decided from: the member's
 * or unit's bundle, or for a dataset the whole dataset.
 */
export interface DecisionQuestion {
  edition: { id: string; version: string };
  options: object;
  subject: { kind: "member" | "unit"; id: string };
  inputSha256: string;
}

/** Names one assessment as answered. */
export type NewDecisionId = (question: DecisionQuestion) => string;

/**
 * Without a database an assessment is answered, not stored, so its decision ID
 * names the question rather than a row: the SHA-256 (64 hex digits) of the
 * RFC 8785 JSON of the library version and the {@link DecisionQuestion}. The
 * same question to the same library always gets the same ID, so a caller can
 * keep it beside the verdicts, recompute it from the input it sent, and see
 * that two answers decided the same thing. Decisions stored by `POST /v1/runs`
 * have the database's IDs (UUIDs), which `GET /v1/decisions/{id}` reads.
 */
export const questionDecisionId: NewDecisionId = (question) =>
  verdictDigest({ library: LIBRARY_VERSION, ...question });

/** The decision IDs of one request: its edition and options fixed, one ID per subject and input. */
export function decisionIds(
  newDecisionId: NewDecisionId,
  edition: { id: string; version: string },
  options: object,
): (kind: DecisionQuestion["subject"]["kind"], id: string, inputSha256: string) => string {
  const asked = { edition: { id: edition.id, version: edition.version }, options };
  return (kind, id, inputSha256) => newDecisionId({ ...asked, subject: { kind, id }, inputSha256 });
}
