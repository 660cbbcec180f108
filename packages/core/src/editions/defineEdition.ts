import type { z } from "zod";
import { type Edition, EditionDefinition } from "./edition";
import { EditionError } from "./editionError";
import { leafPaths } from "./leafPaths";

/** Turns zod issues into edition problems with dotted paths. */
export function problemsOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join(".") || "(edition)", message: issue.message }));
}

/** Validates a complete edition. Every parameter is attributed to the edition's main document. */
export function defineEdition(definition: EditionDefinition): Edition {
  const parsed = EditionDefinition.safeParse(definition);
  const id = typeof definition?.id === "string" ? definition.id : "(no id)";
  if (!parsed.success) throw new EditionError(id, problemsOf(parsed.error));
  const { parameters, documents, ...header } = parsed.data;
  const [document] = documents as [Edition["documents"][number]];
  const parameterSources = Object.fromEntries(
    leafPaths(parameters).map((path) => [path, { editionId: header.id, document }]),
  );
  return { ...header, documents, parameters, parameterSources };
}
