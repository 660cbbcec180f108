export { assessMember } from "./assessMember";
export * from "./assessMembers";
export * from "./groupByMember";
export * from "./memberAssessment";
export { BARRED_RATINGS } from "./rules/decideNotExcellent";
