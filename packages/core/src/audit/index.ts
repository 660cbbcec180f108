export * from "./assessDataset";
export * from "./auditDataset";
export * from "./memberRollups";
export * from "./spotCheckPopulation";
export * from "./statsTableDates";
