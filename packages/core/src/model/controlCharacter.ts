/**
 * Whether text has a control character (U+0000–U+001F, U+007F–U+009F): never
 * part of an ID, and a sign of text damaged on its way (a stray NUL, an
 * escape). The same range the sampling text refuses (`canonicalText.ts`).
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

export const CONTROL_CHARACTER_MESSAGE = {
  en: "must not contain a control character",
  zh: "不能含控制字符",
} as const;
