export * from "./decideStatsTable";
export * from "./organisationReport";
export * from "./statisticsRow";
export * from "./statisticsTable";
