import type { z } from "zod";
import { scalarDifference } from "./compareRecords";
import type { SampleDifference } from "./sampleVerification";
import { SamplingInputError } from "./samplingError";

/** The fields every recorded sample carries, whatever was sampled. */
interface SampleHeader {
  algorithm: { name: string; version: string };
  edition: { id: string; version: string };
  /** `null` in a community sample drawn without them. */
  year: number | null;
  samplingDate: string | null;
  seed: string;
}

/**
 * The first step of every verification: the recorded sample must be a
 * well-formed sample, and the inputs must give one. Either failure is the
 * verification's whole answer (`malformed`, `invalid-input`).
 */
export function rederive<S extends z.ZodType, T>(
  schema: S,
  recorded: unknown,
  draw: () => T,
): { actual: z.output<S>; expected: T } | { differences: SampleDifference[] } {
  const parsed = schema.safeParse(recorded);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    return { differences: [{ kind: "malformed", field: "", message }] };
  }
  try {
    return { actual: parsed.data, expected: draw() };
  } catch (error) {
    if (!(error instanceof SamplingInputError)) throw error;
    return { differences: [{ kind: "invalid-input", field: error.code, message: error.message }] };
  }
}

/** Differences in what both kinds of sample record the same way: algorithm, edition, year, day and seed. */
export function headerDifferences(expected: SampleHeader, actual: SampleHeader): SampleDifference[] {
  return [
    ...scalarDifference(
      "algorithm-mismatch",
      "algorithm.name",
      expected.algorithm.name,
      actual.algorithm.name,
    ),
    ...scalarDifference(
      "algorithm-mismatch",
      "algorithm.version",
      expected.algorithm.version,
      actual.algorithm.version,
    ),
    ...scalarDifference("edition-mismatch", "edition.id", expected.edition.id, actual.edition.id),
    ...scalarDifference(
      "edition-mismatch",
      "edition.version",
      expected.edition.version,
      actual.edition.version,
    ),
    ...scalarDifference("subject-mismatch", "year", expected.year, actual.year),
    ...scalarDifference("subject-mismatch", "samplingDate", expected.samplingDate, actual.samplingDate),
    ...scalarDifference("seed-mismatch", "seed", expected.seed, actual.seed),
  ];
}
