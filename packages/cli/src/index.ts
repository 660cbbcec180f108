// @shuangbaodao/cli: the auditor's command line, also callable from code.
export { type AuditSummary, auditSummary, type NamedSubject } from "./auditSummary";
export type { CliIo } from "./cliIo";
export { formatSummary } from "./printSummary";
export { run } from "./run";
export { EXIT, UsageError } from "./usageError";
