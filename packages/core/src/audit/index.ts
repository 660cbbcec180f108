export * from "./assessDataset";
export * from "./auditDataset";
export * from "./organisationReportsByUnit";
export * from "./spotCheckPopulation";
export * from "./statsTableDates";
