const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * Makes sheet names Excel accepts (no `[]:*?/\`, at most 31 characters) and
 * unique within a workbook, case-insensitively as Excel compares them.
 */
export class SheetNames {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    const base =
      wanted
        .replace(FORBIDDEN, " ")
        .replace(/^'+|'+$/g, "")
        .trim()
        .slice(0, MAX_LENGTH) || "Sheet";
    let name = base;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}
