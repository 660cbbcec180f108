import { looseKey } from "../cells/normaliseText";
import type { SheetSpec } from "../spec/columnSpec";

const REQUIRED_MARK = /\s*(?:\*|(?:\(|（)\s*(?:必填|required)\s*(?:\)|）))\s*$/i;

/**
 * Matches header cells to a sheet's columns by name, never by position: the
 * Chinese header, an English alias or the field name, each with full-width
 * forms, case, spaces and a trailing `*` ignored. A header written as two names
 * (`党员编号\nMember ID`, `党员编号 / Member ID`, `党员编号(Member ID)`) matches by
 * either of them.
 */
export class HeaderMatcher {
  private readonly byKey = new Map<string, number>();

  constructor(spec: SheetSpec) {
    spec.columns.forEach((column, index) => {
      for (const name of [column.header, ...column.aliases, column.field]) {
        const key = looseKey(name);
        const existing = this.byKey.get(key);
        if (existing !== undefined && existing !== index) {
          throw new Error(`Sheet ${spec.name}: header name ${JSON.stringify(name)} names two columns`);
        }
        this.byKey.set(key, index);
      }
    });
  }

  /** The index of the column a header cell names, or `undefined`. */
  match(header: string): number | undefined {
    for (const candidate of headerCandidates(header)) {
      const index = this.byKey.get(looseKey(candidate));
      if (index !== undefined) return index;
    }
    return undefined;
  }
}

function* headerCandidates(header: string): Generator<string> {
  const text = header.normalize("NFKC").trim().replace(REQUIRED_MARK, "");
  yield text;
  for (const line of text.split(/\r?\n/)) yield line.replace(REQUIRED_MARK, "");
  for (const part of text.split(/[/|]/)) yield part.replace(REQUIRED_MARK, "");
  const parenthesised = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (parenthesised?.[1] && parenthesised[2]) {
    yield parenthesised[1];
    yield parenthesised[2];
  }
}
