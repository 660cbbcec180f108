export * from "./calendar";
export * from "./editions";
export * from "./model";
export * from "./rules/documents";
export * from "./rules/ruleCatalogue";
export * from "./sampling";
export * from "./unit";
