import { canonicalTextProblem, MAX_TEXT_LENGTH } from "../sampling/canonicalText";

/**
 * What is wrong with the characters of a trimmed ID, or `undefined`: a
 * control character (U+0000–U+001F, U+007F–U+009F, never part of an ID and a
 * sign of text damaged on its way) or an unpaired surrogate (not text at all:
 * it has no UTF-8 form). The sampling text's own check (`canonicalText.ts`),
 * so that every ID that passes the boundary can be drawn; an empty or too long
 * ID is left to the length checks.
 */
export function idCharacterProblem(text: string): IdCharacterProblem | undefined {
  if (text.length === 0 || text.length > MAX_TEXT_LENGTH) return undefined;
  const problem = canonicalTextProblem(text);
  if (problem === "contains a control character") return ID_CHARACTER_PROBLEMS.control;
  if (problem === "contains an unpaired surrogate") return ID_CHARACTER_PROBLEMS.surrogate;
  return undefined;
}

export interface IdCharacterProblem {
  en: string;
  zh: string;
}

export const ID_CHARACTER_PROBLEMS = {
  control: { en: "must not contain a control character", zh: "不能含控制字符" },
  surrogate: { en: "must not contain an unpaired surrogate", zh: "不能含不成对的代理字符（不是有效文本）" },
} as const;
