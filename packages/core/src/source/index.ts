// For an adapter's own tables that grow with its input (a workbook's shared strings, say).
export { typedArrayOf } from "../collections/typedArrayOf";
// The lists a member's records are split into by `memberId`, for sources and sinks that keep them by member.
export { MEMBER_RECORD_COLLECTIONS } from "../model/memberRecordsIssues";
export * from "./arraySource";
export { checkRecord } from "./checkRecord";
export { datasetIssues, type RecordCollections } from "./datasetIssues";
export * from "./ndjsonSource";
export * from "./readSource";
export * from "./readSourceInto";
export * from "./recordChecker";
export {
  HIERARCHIES,
  KIND_NAMES,
  RECORD_KINDS,
  REFERENCES,
  type Reference,
  UNIQUE_FIELDS,
} from "./recordRelations";
export * from "./recordSchemas";
export * from "./recordSource";
