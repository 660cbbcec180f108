import { DOCUMENTS } from "../rules/documents";
import { defineEdition, problemsOf } from "./defineEdition";
import {
  type Edition,
  type EditionOverlayDefinition,
  EditionOverlayDefinition as OverlaySchema,
} from "./edition";
import { EditionError, type EditionProblem } from "./editionError";
import { leafPaths, setValueAt, valueAt } from "./leafPaths";
import { PARAMETER_SPEC_BY_PATH, type Tightening } from "./parameterSpecs";

/** Whether `next` is at least as tight as `previous` under a tightening rule. */
export function isAtLeastAsTight(tightening: Tightening, previous: unknown, next: unknown): boolean {
  switch (tightening.kind) {
    case "earlier":
      return String(next) <= String(previous);
    case "higher":
      return Number(next) >= Number(previous);
    case "lower":
      return Number(next) <= Number(previous);
    case "true":
      return next === true || previous === false;
    case "false":
      return next === false || previous === true;
    case "ordered":
      return (
        tightening.loosestFirst.indexOf(String(next)) >= tightening.loosestFirst.indexOf(String(previous))
      );
    case "superset":
      return (previous as unknown[]).every((item) => (next as unknown[]).includes(item));
    case "earlier-or-none":
      if (previous === null) return true;
      return next !== null && String(next) <= String(previous);
    case "partial":
      return (
        next === previous || (tightening.atLeastAsTightAs[String(next)] ?? []).includes(String(previous))
      );
  }
}

function describe(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Applies an overlay (a department's tighter internal rules) to its parent. An
 * overlay may only tighten: a looser value is refused with an error naming the
 * parameter, both values and both documents.
 */
export function applyOverlay(parent: Edition, definition: EditionOverlayDefinition): Edition {
  const id = typeof definition?.id === "string" ? definition.id : "(no id)";
  // zod drops keys it does not know; an overlay naming a parameter that does not exist is a mistake to report.
  const unknown = leafPaths(definition?.parameters ?? {}).filter((path) => !PARAMETER_SPEC_BY_PATH.has(path));
  if (unknown.length > 0) {
    throw new EditionError(
      id,
      unknown.map((path) => ({ path, message: "is not a parameter of any edition" })),
    );
  }
  const parsed = OverlaySchema.safeParse(definition);
  if (!parsed.success) throw new EditionError(id, problemsOf(parsed.error));
  const overlay = parsed.data;
  if (overlay.parentId !== parent.id) {
    throw new EditionError(id, [
      {
        path: "parentId",
        message: `names ${describe(overlay.parentId)} but was applied to ${describe(parent.id)}`,
      },
    ]);
  }
  const [overlayDocument] = overlay.documents as [Edition["documents"][number]];
  const problems: EditionProblem[] = [];
  const merged = structuredClone(parent.parameters);
  const sources = { ...parent.parameterSources };

  for (const path of leafPaths(overlay.parameters)) {
    const next = valueAt(overlay.parameters, path);
    if (next === undefined) continue;
    const previous = valueAt(parent.parameters, path);
    const spec = PARAMETER_SPEC_BY_PATH.get(path);
    const parentSource = parent.parameterSources[path];
    if (!spec || !parentSource) {
      problems.push({ path, message: "is not a parameter of the parent edition" });
      continue;
    }
    if (!isAtLeastAsTight(spec.tightening, previous, next)) {
      const parentDoc = DOCUMENTS[parentSource.document];
      const overlayDoc = DOCUMENTS[overlayDocument];
      problems.push({
        path,
        message:
          `${describe(next)} from ${overlayDoc.key} (${overlayDoc.date}) loosens ${describe(previous)} ` +
          `set by ${parentSource.editionId} from ${parentDoc.key} (${parentDoc.date}); an overlay may only tighten ` +
          `(${spec.tightening.kind})`,
      });
      continue;
    }
    setValueAt(merged, path, next);
    sources[path] = { editionId: overlay.id, document: overlayDocument };
  }
  if (problems.length > 0) throw new EditionError(id, problems);

  const edition = defineEdition({
    id: overlay.id,
    version: overlay.version,
    title: overlay.title,
    effectiveFrom: overlay.effectiveFrom,
    documents: [...overlay.documents, ...parent.documents.filter((d) => !overlay.documents.includes(d))],
    parameters: merged,
  });
  return { ...edition, parentId: parent.id, parameterSources: sources };
}
