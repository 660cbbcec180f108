export * from "./assessDataset";
export * from "./auditDataset";
