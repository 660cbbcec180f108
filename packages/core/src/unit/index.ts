export { assessUnitYear } from "./assessUnitYear";
export * from "./assessUnitYears";
export * from "./groupByUnit";
export type { SupervisionTrigger } from "./rules/decideSupervise";
export * from "./unitAssessment";
export * from "./unitYearRecord";
