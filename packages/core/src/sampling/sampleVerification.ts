import { z } from "zod";

/** What can differ between a recorded sample and the one re-derived from the inputs. */
export const SampleDifferenceKind = z.enum([
  /** The record does not have the shape of a sample. */
  "malformed",
  /** The inputs themselves cannot be drawn from (duplicate ID, bad seed…). */
  "invalid-input",
  "algorithm-mismatch",
  "edition-mismatch",
  /** Organisation / committee, year or sampling date differ. */
  "subject-mismatch",
  "seed-mismatch",
  "options-mismatch",
  "rate-mismatch",
  "population-hash-mismatch",
  "population-size-mismatch",
  "required-size-mismatch",
  /** IDs the re-derived sample has and the record lacks. */
  "missing-ids",
  /** IDs the record has and the re-derived sample lacks. */
  "unexpected-ids",
  /** The same IDs, but in another order or another role (must-visit, drawn, district…). */
  "order-mismatch",
  /** A count differs: sample size, or a branch's or district's share. */
  "count-mismatch",
]);
export type SampleDifferenceKind = z.infer<typeof SampleDifferenceKind>;

const Scalar = z.union([z.string(), z.number(), z.null()]);

/** One difference, with the re-derived value as `expected` and the recorded one as `actual`. */
export const SampleDifference = z.object({
  kind: SampleDifferenceKind,
  /** The field of the record, e.g. `seed`, `drawn`, `districts[金水区].drawn`. */
  field: z.string(),
  message: z.string(),
  expected: Scalar.optional(),
  actual: Scalar.optional(),
  ids: z.array(z.string()).optional(),
});
export type SampleDifference = z.infer<typeof SampleDifference>;

/** The answer of a verification: `ok` exactly when there is no difference. */
export const SampleVerification = z.object({
  ok: z.boolean(),
  differences: z.array(SampleDifference),
});
export type SampleVerification = z.infer<typeof SampleVerification>;
