import { z } from "zod";

/** One fault of the input: where (a JSON path such as `members[0].services[1].date`) and what, in the answer's language. */
export const ProblemError = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
});
export type ProblemError = z.infer<typeof ProblemError>;

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
});
export type ProblemDocument = z.infer<typeof ProblemDocument>;
