import { withName } from "./subjectNames";

/** Units named in a refusal at most; a city's workbook has a thousand, which would bury the message. */
const MOST_LISTED = 10;

/** Whether a unit's ID or name looks like what was typed: same letters in another case, or one within the other. */
function resembles(asked: string, id: string, name: string | undefined): boolean {
  const typed = asked.trim().toLowerCase();
  if (typed === "") return false;
  const candidates = [id.toLowerCase(), ...(name === undefined ? [] : [name.toLowerCase()])];
  return candidates.some((text) => text.includes(typed) || typed.includes(text));
}

/**
 * The units a workbook has, for "there is no unit X (it has: …)": all of them
 * when there are few, else the ten most like what was asked (then the first
 * ones) and how many there are in all.
 */
export function knownUnitsText(
  asked: string,
  unitIds: readonly string[],
  names: ReadonlyMap<string, string>,
): { zh: string; en: string } {
  if (unitIds.length === 0) return { zh: "无", en: "none" };
  const alike = unitIds.filter((id) => resembles(asked, id, names.get(id)));
  const listed = [...new Set([...alike, ...unitIds])].slice(0, MOST_LISTED);
  const text = listed.map((id) => withName(id, names));
  if (listed.length === unitIds.length) return { zh: text.join("、"), en: text.join(", ") };
  const total = unitIds.length.toLocaleString("en");
  return {
    zh: `${text.join("、")} 等，共 ${total} 个`,
    en: `${text.join(", ")} and others, ${total} in all`,
  };
}
