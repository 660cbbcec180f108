/** The two languages every message of the library exists in. */
export type Lang = "zh" | "en";

/**
 * The language an answer's words are in, from `Accept-Language`: the
 * highest-weighted `zh…` or `en…` range wins; Chinese when neither is asked
 * for, as the regulations and their users are Chinese.
 */
export function pickLanguage(acceptLanguage: string | undefined): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const [range = "", ...params] = part.trim().toLowerCase().split(";");
    const lang = range.startsWith("zh") ? "zh" : range.startsWith("en") ? "en" : undefined;
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang ?? "zh";
}
