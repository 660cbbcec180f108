/**
 * `JSON.stringify(value, null, 2)` in pieces, to be written as they come:
 * the whole text of a 100k-member summary (its lists of barred candidates)
 * was 17 MB of string, made twice over to add a newline and once more as
 * bytes, at the very end of a run, where it set the run's peak
 * (docs/performance.md). Joined, the pieces are exactly what
 * `JSON.stringify` gives (a property test holds it to that).
 */
export function* jsonPieces(value: unknown, key = "", indent = ""): Generator<string> {
  const json = toJsonValue(value, key);
  if (typeof json !== "object" || json === null) {
    yield JSON.stringify(json) ?? "null";
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let index = 0; index < json.length; index++) {
      yield `${index === 0 ? "" : ","}\n${inner}`;
      yield* jsonPieces(json[index], String(index), inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let written = 0;
  for (const [name, item] of Object.entries(json)) {
    const member = toJsonValue(item, name);
    if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
    yield `${written++ === 0 ? "{" : ","}\n${inner}${JSON.stringify(name)}: `;
    yield* jsonPieces(member, name, inner);
  }
  yield written === 0 ? "{}" : `\n${indent}}`;
}

/** What `JSON.stringify` writes for a value: its `toJSON()` if it has one (a Date), else itself. */
function toJsonValue(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === "function" ? toJSON.call(value, key) : value;
}

/** Writes the pieces in runs of about 64k characters: few writes, none of them large. */
export function writeJson(write: (text: string) => void, value: unknown): void {
  let run = "";
  for (const piece of jsonPieces(value)) {
    run += piece;
    if (run.length >= 65_536) {
      write(run);
      run = "";
    }
  }
  write(`${run}\n`);
}
