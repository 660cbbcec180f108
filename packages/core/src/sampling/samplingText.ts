import { z } from "zod";
import { RecordId } from "../model/primitives";
import { canonicalTextProblem } from "./canonicalText";

/**
 * Text a draw hashes (seed, district name): non-empty, no control character,
 * no unpaired surrogate, no surrounding white space (see `canonicalText.ts`).
 */
export const SamplingText = z.string().superRefine((text, ctx) => {
  const problem = canonicalTextProblem(text);
  if (problem !== undefined)
    ctx.addIssue({ code: "custom", message: `must be canonical text: it ${problem}` });
});

/** A record ID a draw hashes: a trimmed {@link RecordId} that is also {@link SamplingText}. */
export const SamplingId = RecordId.pipe(SamplingText);

/** A SHA-256 digest as 64 lower-case hex digits. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "64 lower-case hex digits");

/** The algorithm a draw was made with. */
export const AlgorithmRefSchema = z.object({ name: z.string(), version: z.string() });

/** The edition a draw read its numbers from. */
export const EditionRefSchema = z.object({ id: z.string(), version: z.string() });
