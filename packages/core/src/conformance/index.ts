/**
 * The conformance kit every adapter runs (`@shuangbaodao/core/conformance`):
 * cases of raw records and what the core in memory makes of them, and a
 * runner that compares an adapter's reading against it. No test runner is
 * needed; an adapter's test writes each case's records into its medium,
 * reads them back as a `RecordSource` and asserts the result passes.
 */
export { cleanRecords } from "./cleanRecords";
export type { ConformanceCase, ConformanceOptions, ExpectedIssue } from "./conformanceCase";
export { CONFORMANCE_CASES } from "./conformanceCases";
export {
  type ConformanceOutcome,
  type ConformanceResult,
  type ConformanceRunOptions,
  outcomeOf,
  recordsSource,
  runConformanceCase,
} from "./runConformanceCase";
