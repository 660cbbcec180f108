export * from "./assessDataset";
export * from "./auditDataset";
export * from "./spotCheckPopulation";
export * from "./statsTableDates";
