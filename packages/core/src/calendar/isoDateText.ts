/* Reading `YYYY-MM-DD` text by character code (internal: index.ts leaves this file out). */

/** The number written by `count` digits at `index`, or -1 when one of them is not a digit. */
export function digitsAt(text: string, index: number, count: number): number {
  let value = 0;
  for (let i = index; i < index + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** `dddd-dd-dd` by length and dashes (the digits are checked when read). */
export function hasIsoDateShape(text: string): boolean {
  return text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45;
}
