/*
 * The one order of text in the library: every sort and tie-break of IDs,
 * names, dates and rule IDs goes through these, so no output depends on the
 * host's locale (`localeCompare` and `Intl.Collator` do) and no two parts of
 * the library can disagree on which of two IDs comes first.
 */

/**
 * Compares two strings by Unicode code point, which is the order of their
 * UTF-8 bytes (and of `LC_ALL=C sort`, Python's `sorted`, Go's `<`…). JS's
 * own `<` compares UTF-16 code units, which differs only when a character
 * above U+FFFF meets one in U+E000–U+FFFF (`"😀"` sorts after `"Ａ"` here,
 * before it with `<`).
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (U+D800–U+DFFF) encodes a code point above U+FFFF: it sorts after every BMP unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** A sorted copy in code point order; fast for the usual IDs without characters above U+D7FF. */
export function sortByCodePoint(texts: readonly string[]): string[] {
  const sorted = [...texts].sort();
  for (const text of sorted) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) >= 0xd800) return sorted.sort(compareCodePoints);
    }
  }
  return sorted;
}
