/**
 * The SQL condition "this version was what the database held at `$n`":
 * recorded by then, and not yet superseded then. `alias` is the table's alias
 * in the query; `param` the placeholder of the known-at instant.
 */
export function heldAt(alias: string, param: string): string {
  return `${alias}.recorded_at <= ${param} AND (${alias}.superseded_at IS NULL OR ${alias}.superseded_at > ${param})`;
}
