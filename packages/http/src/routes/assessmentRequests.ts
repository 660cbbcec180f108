import { z } from "@hono/zod-openapi";
import {
  AuditDataset,
  CalendarDate,
  MemberAssessment,
  MemberRecords,
  UnitAssessment,
  UnitRecords,
  Year,
} from "@shuangbaodao/core";

/** The edition the caller pins: required, never defaulted. */
export const EditionId = z
  .string()
  .min(1)
  .describe("The edition to run under, e.g. zhengzhou-2019 (GET /v1/editions)");

/** When to judge: the year, and optionally the day to judge it as it stood. */
export const AssessWhen = z.strictObject({ year: Year, asOf: CalendarDate.optional() });

export const MemberAssessmentsRequest = AssessWhen.extend({
  edition: EditionId,
  members: z.array(MemberRecords).min(1).describe("One bundle per member: the member and all their records"),
});

/** The query of a streamed (NDJSON) member assessment: what the JSON body's header fields say. */
export const MemberAssessmentsQuery = z.strictObject({
  edition: EditionId,
  year: z.coerce.number().pipe(Year),
  asOf: CalendarDate.optional(),
});

export const UnitAssessmentsRequest = AssessWhen.extend({
  edition: EditionId,
  units: z.array(UnitRecords).min(1).describe("One bundle per unit: the unit and all its records"),
});

export const DatasetAssessmentsRequest = AssessWhen.extend({
  edition: EditionId,
  overdueSince: CalendarDate.optional(),
  statsTableSubmittedOn: z.record(z.string(), CalendarDate).optional(),
  spotCheck: z
    .strictObject({
      seed: z.string().min(1),
      samplingDate: CalendarDate,
      stratifyBy: z.enum(["none", "branch"]).optional(),
    })
    .optional(),
  dataset: AuditDataset,
});

/** A decision ID beside each assessment, so a caller can cite exactly this decision. */
/** What an answered (not stored) assessment's `decisionId` is, for the OpenAPI document. */
const AnsweredDecisionId = z
  .string()
  .describe(
    "SHA-256 (64 hex) of the RFC 8785 JSON of {library, edition {id, version}, options, subject {kind, id}, " +
      "inputSha256}: the same question always gets the same ID. Not stored; GET /v1/decisions/{id} reads " +
      "the decisions POST /v1/runs stores.",
  );

export const DecidedMemberAssessment = MemberAssessment.extend({ decisionId: AnsweredDecisionId });
export const DecidedUnitAssessment = UnitAssessment.extend({ decisionId: AnsweredDecisionId });

/** The core's options from a request's `year` and `asOf` (`asOf` left out when not given). */
export function assessOptions(when: { year: number; asOf?: string | undefined }): {
  year: number;
  asOf?: string;
} {
  return { year: when.year, ...(when.asOf !== undefined && { asOf: when.asOf }) };
}
