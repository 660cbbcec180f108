import type { z } from "zod";
import { deepFreeze } from "../collections/deepFreeze";
import { type Edition, EditionDefinition } from "./edition";
import { EditionError } from "./editionError";
import { leafPaths } from "./leafPaths";
import { PARAMETER_SPEC_BY_PATH } from "./parameterSpecs";

/** Turns zod issues into edition problems with dotted paths. */
export function problemsOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join(".") || "(edition)", message: issue.message }));
}

/**
 * Validates a complete edition. Each parameter is attributed to the document
 * whose words it reads (its spec's), or to the edition's main document when the
 * edition does not list that one.
 */
export function defineEdition(definition: EditionDefinition): Edition {
  const parsed = EditionDefinition.safeParse(definition);
  const id = typeof definition?.id === "string" ? definition.id : "(no id)";
  if (!parsed.success) throw new EditionError(id, problemsOf(parsed.error));
  const { parameters, documents, ...header } = parsed.data;
  const [document] = documents as [Edition["documents"][number]];
  const parameterSources = Object.fromEntries(
    leafPaths(parameters).map((path) => {
      const own = PARAMETER_SPEC_BY_PATH.get(path)?.document;
      return [path, { editionId: header.id, document: own && documents.includes(own) ? own : document }];
    }),
  );
  // Frozen once here, so no caller can change an edition for every later verdict that cites it.
  return deepFreeze({ ...header, documents, parameters, parameterSources });
}
