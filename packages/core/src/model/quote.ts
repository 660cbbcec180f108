/** The most characters of an input value a message repeats. */
export const MAX_QUOTED = 80;

/**
 * An input value as a message quotes it: in JSON quotes, and cut to
 * {@link MAX_QUOTED} characters with its full length when longer, so that a
 * megabyte-long ID named in twenty issues does not make a message of twenty
 * megabytes (or one too long for a string at all).
 */
export function quote(value: string): string {
  if (value.length <= MAX_QUOTED) return JSON.stringify(value);
  // Cut between code points, not inside a surrogate pair.
  let end = MAX_QUOTED;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${JSON.stringify(value.slice(0, end))}… (${value.length} characters)`;
}
