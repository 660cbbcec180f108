import { z } from "zod";
import { Verdict } from "../model/verdict";
import { UnitYearRecord } from "./unitYearRecord";

/** The rules a unit-year assessment decides, in the order its verdicts come (periodic ones once per period). */
export const UNIT_RULE_IDS = [
  "U-REPORT-STREET",
  "U-PAIR-COMMUNITY",
  "U-RECEIPT",
  "U-MEETING-QUARTER",
  "U-THEMEDAY-HALF",
  "U-VOLUNTEER-MONTH",
  "U-RECORD-COMPLETE",
  "U-CLOUD-MATCH",
  "U-INQUIRY",
  "U-THREE-LISTS",
  "U-SUPERVISE",
  "U-AWARD-BAR",
  "U-FOUR-INCLUSIONS",
] as const;
export type UnitRuleId = (typeof UNIT_RULE_IDS)[number];

/** The rules decided once per period, with the period's label in `facts.period`. */
export const PERIODIC_UNIT_RULE_IDS = ["U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH"] as const;

/** Every verdict of one unit-year, in the order of `UNIT_RULE_IDS`, and the four-inclusions record. */
export const UnitAssessment = z.object({
  unitId: z.string(),
  parentUnitId: z.string().nullable(),
  year: z.number().int(),
  edition: z.object({ id: z.string(), version: z.string() }),
  asOf: z.string().nullable(),
  verdicts: z.array(Verdict),
  fourInclusions: UnitYearRecord,
});
export type UnitAssessment = z.infer<typeof UnitAssessment>;
