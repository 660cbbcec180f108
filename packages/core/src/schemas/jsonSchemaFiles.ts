import { z } from "zod";

/** The JSON Schema files of a module's zod schemas: file name → JSON text. */
export type JsonSchemaFiles = Record<string, string>;

function toText(schema: z.ZodType, io: "input" | "output"): string {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "ref", cycles: "ref" });
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * A JSON Schema (draft 2020-12, zod 4's `z.toJSONSchema`) for every zod schema
 * a module exports under a capitalised name, for integrators in other
 * languages: `Name.json` describes the value as the library gives it out
 * (outputs, and inputs after validation), and `Name.input.json`, written only
 * when it differs, what a caller may send in (before defaults and date
 * readings are applied).
 */
export function jsonSchemaFiles(exports: Record<string, unknown>): JsonSchemaFiles {
  const files: JsonSchemaFiles = {};
  for (const name of Object.keys(exports).sort()) {
    const schema = exports[name];
    if (!(schema instanceof z.ZodType) || !/^[A-Z]/.test(name)) continue;
    const output = toText(schema, "output");
    const input = toText(schema, "input");
    files[`${name}.json`] = output;
    if (input !== output) files[`${name}.input.json`] = input;
  }
  return files;
}
