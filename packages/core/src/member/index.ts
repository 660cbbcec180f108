export * from "./assessMember";
export * from "./assessMembers";
export * from "./groupByMember";
export * from "./memberAssessment";
export type { AssessOptions } from "./memberContext";
export { BARRED_RATINGS } from "./rules/decideNotExcellent";
