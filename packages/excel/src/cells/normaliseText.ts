/**
 * Folds what people type into one form for matching headers, sheet names and
 * coded values: NFKC turns full-width letters, digits, parentheses and spaces
 * into their ASCII forms; case and runs of spaces stop mattering.
 */
export function normaliseText(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** A looser key for coded values: also ignores spaces and the punctuation between a code and its name. */
export function looseKey(text: string): string {
  return normaliseText(text).replace(/[\s.、:_\-()[\]'"’]/g, "");
}
