import * as t from "io-ts";
import { canonicalTextProblem } from "../sampling/canonicalText";
import { handsOn } from "./codec";
import { RecordId } from "./primitives";

/**
 * Text a draw hashes (seed, district name): non-empty, no control character,
 * no unpaired surrogate, no surrounding white space. Not trimmed: padded text
 * is refused, as zod refuses it.
 */
export const SamplingText = new t.Type<string, string>(
  "SamplingText",
  (u): u is string => typeof u === "string" && canonicalTextProblem(u) === undefined,
  (u, c) => {
    if (typeof u !== "string") return t.failure(u, c);
    const problem = canonicalTextProblem(u);
    return problem === undefined ? t.success(u) : t.failure(u, c, `must be canonical text: it ${problem}`);
  },
  t.identity,
);
export type SamplingText = t.TypeOf<typeof SamplingText>;

/**
 * A record ID a draw hashes: a {@link RecordId} (trimmed, 1–200 characters)
 * that is then {@link SamplingText}. As in zod's `RecordId.pipe(SamplingText)`,
 * text that fails as a `RecordId` is not checked further.
 */
export const SamplingId = handsOn(
  new t.Type<string, string>(
    "SamplingId",
    (u): u is string => RecordId.is(u) && SamplingText.is(u),
    (u, c) => {
      const id = RecordId.validate(u, c);
      return id._tag === "Left" ? id : SamplingText.validate(id.right, c);
    },
    t.identity,
  ),
  RecordId,
  SamplingText,
);
export type SamplingId = t.TypeOf<typeof SamplingId>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A SHA-256 digest as 64 lower-case hex digits. */
export const Sha256Hex = new t.Type<string, string>(
  "Sha256Hex",
  (u): u is string => typeof u === "string" && SHA256_HEX.test(u),
  (u, c) => {
    if (typeof u !== "string") return t.failure(u, c);
    return SHA256_HEX.test(u) ? t.success(u) : t.failure(u, c, "64 lower-case hex digits");
  },
  t.identity,
);
export type Sha256Hex = t.TypeOf<typeof Sha256Hex>;
