export * from "./assessDatasetOptions";
export * from "./assessOptions";
export * from "./datesByUnit";
export * from "./earlyWarningsOptions";
export * from "./organisationReportOptions";
export * from "./statisticsTableOptions";
