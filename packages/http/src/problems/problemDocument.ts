import { z } from "zod";

/** One fault of the input: where (a JSON path such as `members[0].services[1].date`) and what, in the answer's language. */
export const ProblemError = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
});
export type ProblemError = z.infer<typeof ProblemError>;

/**
 * Faults of the input not listed in `errors` (past the first 1,000 of them),
 * counted by code and place: the record kind and field, and the sheet of a
 * workbook.
 */
export const OmittedErrors = z.object({
  code: z.string(),
  kind: z.string().optional(),
  field: z.string().optional(),
  sheet: z.string().optional(),
  count: z.number().int().min(1),
});
export type OmittedErrors = z.infer<typeof OmittedErrors>;

/**
 * An RFC 9457 problem document (`application/problem+json`), the body of every
 * non-2xx answer, with the library's extensions: the request ID, the
 * language, the library version and, for bad input, every fault.
 */
export const ProblemDocument = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string(),
  /** The request ID (also in `X-Request-Id`), to find the request in the logs. */
  instance: z.string(),
  lang: z.enum(["zh", "en"]),
  library: z.object({ name: z.string(), version: z.string() }),
  edition: z.object({ id: z.string(), version: z.string() }).optional(),
  errors: z.array(ProblemError).optional(),
  /** How many faults there are in all, when `errors` lists only the first of them. */
  errorCount: z.number().int().optional(),
  omitted: z.array(OmittedErrors).optional(),
});
export type ProblemDocument = z.infer<typeof ProblemDocument>;
