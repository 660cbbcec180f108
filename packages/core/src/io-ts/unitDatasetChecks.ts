/*
 * The cross-record checks of \`UnitDataset\`, shared by the \`UnitDataset\` and
 * \`AuditDataset\` codecs: the very function the zod schema runs. Internal:
 * index.ts leaves this file out.
 */
export { type UnitProgrammeRecords, unitDatasetIssues } from "../model/unitDatasetIssues";
