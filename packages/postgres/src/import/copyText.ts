import type { ColumnForm } from "./stagingTables";

/** One row of COPY text format: tab-separated, `\N` for null, backslash escapes; ends with a newline. */
export function copyLine(values: ReadonlyArray<string | number | boolean | null>): string {
  return `${values.map((value) => (value === null ? "\\N" : escapeCopyText(String(value)))).join("\t")}\n`;
}

/**
 * A record's value as the text of its column in a COPY line, before
 * escaping: an array as an array literal (`{"a","b"}`), an object or a jsonb
 * column's value as JSON, anything else as itself; absent as null.
 */
export function columnText(value: unknown, form: ColumnForm): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (form === "json") return JSON.stringify(value);
  if (form === "array") return arrayLiteral(value as unknown[]);
  return value as string | number | boolean;
}

/** Each element double-quoted, with `"` and `\` escaped inside: `{"1","社区 2"}` (any element type reads from quotes). */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((value) => (value === null ? "NULL" : `"${String(value).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`;
}

const NEEDS_ESCAPE = /[\\\n\r\t]/;

function escapeCopyText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[\\\n\r\t]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t",
  );
}
