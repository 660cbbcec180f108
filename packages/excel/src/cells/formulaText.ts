/**
 * Text a spreadsheet would take for a formula once the cell is edited or the
 * sheet exported to CSV (OWASP, "CSV Injection"): starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return, after any apostrophes.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
/** The characters such text can start with: `FORMULA_LIKE`'s first. */
const MAY_START_FORMULA = new Set([..."'=+-@\t\r"].map((char) => char.charCodeAt(0)));

/**
 * Neutralises formula-like text as OWASP advises: a leading apostrophe, which
 * a spreadsheet shows as text and keeps as text when the cell is edited or
 * exported. Text already starting with apostrophes gets one more, so that
 * {@link restoreFormulaText} gives back exactly what was written.
 */
export function neutraliseFormulaText(text: string): string {
  // Most text starts with none of those characters: told by its first, without the regular expression
  // (every cell of a report passes here: 20 million at 100k members).
  if (!MAY_START_FORMULA.has(text.charCodeAt(0))) return text;
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/** What {@link neutraliseFormulaText} wrote, as it was: one leading apostrophe before formula-like text removed. */
export function restoreFormulaText(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
