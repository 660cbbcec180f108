import { UsageError } from "./usageError";

export type Lang = "zh" | "en";

/** `--lang zh|en`; Chinese unless told otherwise, the language of the regulations. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === "zh" || value === "en") return value ?? "zh";
  throw new UsageError({
    zh: `--lang 只能是 zh 或 en，而不是 ${JSON.stringify(value)}`,
    en: `--lang must be zh or en, not ${JSON.stringify(value)}`,
  });
}

/** Picks the text of a bilingual pair. */
export function pick(lang: Lang, text: { zh: string; en: string }): string {
  return text[lang];
}

/** A text in the language asked for, then the other one indented beneath: the office and whoever it forwards to. */
export function bothLines(lang: Lang, text: { zh: string; en: string }): string {
  return `${text[lang]}\n  ${text[lang === "zh" ? "en" : "zh"]}`;
}
