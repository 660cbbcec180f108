export * from "./arraySource";
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
