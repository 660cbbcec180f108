export * from "./earlyWarning";
export * from "./earlyWarnings";
