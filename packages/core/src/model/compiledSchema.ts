import { z } from "zod";

const compiled = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The schema compiled ahead of time with zod's own `z.compile`: a generated
 * parser for the valid case, the schema's runtime parser for everything else
 * (same output, same issues). Validation of member records ran 1.8–2.4 times
 * faster compiled (docs/performance.md). One compiled copy per schema object,
 * made on first use.
 */
export function compiledSchema<S extends z.ZodType>(schema: S): S {
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = z.compile(schema);
    compiled.set(schema, fast);
  }
  return fast as S;
}

/**
 * A record schema that may be one of zod's: compiled when it is (see
 * {@link compiledSchema}: the same results, faster), else as given. For an
 * adapter that checks a row with the core's schema before it hands the
 * record over (the workbook import names the cell of each problem so).
 */
export function compiledIfZod<S extends { safeParse(input: unknown): unknown }>(schema: S): S {
  return schema instanceof z.ZodType ? (compiledSchema(schema) as unknown as S) : schema;
}
