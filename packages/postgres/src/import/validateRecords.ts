import { type AuditDataset, InputError, type RecordSource, readSource } from "@shuangbaodao/core";
import { ImportRejected } from "./importRejected";

/**
 * Reads everything a source hands out through the core's `readSource`: each
 * record against its kind's schema, then the checks across records (unknown
 * units and members, duplicate IDs, loops), unknown keys refused. Every
 * problem comes back as the core says it, at the place of its record; the
 * adapter never decides validity in words of its own.
 */
export async function validateRecords(source: RecordSource): Promise<AuditDataset> {
  try {
    return await readSource(source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new ImportRejected(
      source.name,
      error.issues.map((issue) => ({
        place: issue.place ?? {},
        field: issue.field ?? "",
        path: issue.path,
        zh: issue.zh,
        en: issue.message,
        code: issue.code,
        ...(issue.kind !== undefined && { kind: issue.kind }),
        ...(issue.index !== undefined && { index: issue.index }),
      })),
      error.omitted,
    );
  }
}
