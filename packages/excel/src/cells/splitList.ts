/** Splits a list cell on the separators people use: 、 , ， ; ； and new lines. Empty items are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n\r]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
