import { SamplingInputError } from "./samplingError";

/** Longest ID, seed or district name (in UTF-16 code units) a draw accepts. */
export const MAX_TEXT_LENGTH = 1000;

/**
 * Why a text cannot be used as an ID, seed or district name in a draw, or
 * `undefined` when it can. Canonical text is non-empty, at most
 * {@link MAX_TEXT_LENGTH} long, has no control character (U+0000–U+001F,
 * U+007F–U+009F, so tab and line feed can separate fields in the hashed
 * population), no unpaired surrogate (so its UTF-8 encoding is exact), and
 * no leading or trailing white space (the data model trims IDs, so a padded
 * ID would hash differently from the same ID read back).
 */
export function canonicalTextProblem(text: unknown): string | undefined {
  if (typeof text !== "string") return "is not text";
  const n = text.length;
  if (n === 0) return "is empty";
  if (n > MAX_TEXT_LENGTH) return `is longer than ${MAX_TEXT_LENGTH} characters`;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return "contains a control character";
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return "contains an unpaired surrogate";
      i++;
    }
  }
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  // Only a space or a character from U+00A0 up can be white space here (controls are out already).
  const mayBeSpace = (c: number) => c === 0x20 || c >= 0xa0;
  if ((mayBeSpace(first) || mayBeSpace(last)) && /^\s|\s$/.test(text)) {
    return "has leading or trailing white space";
  }
  return undefined;
}

/** Throws a {@link SamplingInputError} unless `text` is canonical. */
export function assertCanonicalText(
  text: unknown,
  what: string,
  code: "invalid-id" | "invalid-seed" | "invalid-district" = "invalid-id",
): asserts text is string {
  const problem = canonicalTextProblem(text);
  if (problem !== undefined) {
    throw new SamplingInputError(code, `${what} ${JSON.stringify(text)} ${problem}`);
  }
}
