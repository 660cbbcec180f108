import type { BilingualText } from "./cliError";

/** The option a `node:util` parseArgs message names (`'--yaer'`, `'--year <value>'`), or the first word of the message. */
function optionNamed(message: string): string {
  return /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? message.split("\n")[0] ?? message;
}

/** The edit distance of two short words, a swap of neighbours counting as one slip (`--yaer`). */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known option closest to a mistyped one, if it is close enough to be what was meant. */
export function closestOption(typed: string, known: readonly string[]): string | undefined {
  const word = typed.replace(/^-+/, "").split("=")[0] ?? "";
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const d = distance(word, name);
    if (best === undefined || d < best.distance) best = { name, distance: d };
  }
  return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? `--${best.name}` : undefined;
}

/**
 * Our own words for what `node:util` parseArgs refuses (an unknown option, an
 * option without its value, a value given to a switch), in both languages and
 * with the option that was probably meant.
 */
export function optionProblem(
  error: { code?: string; message: string },
  known: readonly string[],
): BilingualText {
  const option = optionNamed(error.message);
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const meant = closestOption(option, known);
    return {
      zh: `未知选项 ${option}${meant ? `，是否想用 ${meant}？` : ""}`,
      en: `unknown option ${option}${meant ? `; did you mean ${meant}?` : ""}`,
    };
  }
  if (/does not take an argument/.test(error.message)) {
    return { zh: `选项 ${option} 是开关，不带值`, en: `option ${option} is a switch and takes no value` };
  }
  if (/argument missing|ambiguous/.test(error.message)) {
    return {
      zh: `选项 ${option} 缺少值（值以“-”开头时写成 ${option}=值）`,
      en: `option ${option} needs a value (for a value starting with "-", write ${option}=value)`,
    };
  }
  return { zh: `无法理解的参数：${option}`, en: `cannot understand the argument ${option}` };
}
