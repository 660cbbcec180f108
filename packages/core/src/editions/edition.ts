import { z } from "zod";
import { CalendarDate } from "../model/primitives";
import { DOCUMENTS, type DocumentKey } from "../rules/documents";
import { EditionParameters, EditionParametersOverlay } from "./editionParameters";

const DocumentKeySchema = z.enum(Object.keys(DOCUMENTS) as [DocumentKey, ...DocumentKey[]]);
const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** The fields every edition and overlay carry. */
const EditionHeader = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
  version: z.string().min(1),
  title: Bilingual,
  effectiveFrom: CalendarDate,
  /** The document whose words set this edition's values; the first is the main one. */
  documents: z.array(DocumentKeySchema).min(1),
});

/** A complete, dated parameter set that the rules run under. */
export const EditionDefinition = EditionHeader.extend({ parameters: EditionParameters });
export type EditionDefinition = z.input<typeof EditionDefinition>;

/** A set of changes to a parent edition, from a document that may only tighten it. */
export const EditionOverlayDefinition = EditionHeader.extend({
  parentId: z.string().min(1),
  parameters: EditionParametersOverlay,
});
export type EditionOverlayDefinition = z.input<typeof EditionOverlayDefinition>;

/** Where a parameter's value comes from: the edition that set it and that edition's main document. */
export interface ParameterSource {
  editionId: string;
  document: DocumentKey;
}

/** A validated edition, overlays applied. Verdicts name its `id` and `version`. */
export interface Edition {
  id: string;
  version: string;
  title: { zh: string; en: string };
  effectiveFrom: string;
  documents: DocumentKey[];
  parentId?: string;
  parameters: EditionParameters;
  /** For each parameter path (`member.reportDeadline`), who set it. */
  parameterSources: Record<string, ParameterSource>;
}

/** The short reference a verdict carries. */
export interface EditionRef {
  id: string;
  version: string;
}
