import type { Edition } from "../editions/edition";
import type { UnitRecords } from "../model/unitRecords";
import { validate } from "../model/validate";
import type { Verdict } from "../model/verdict";
import { UnitAssessOptions, type UnitAssessOptionsInput } from "../options/assessOptions";
import { outOfScopeReason, outOfScopeVerdict } from "./outOfScope";
import { decideAwardBar } from "./rules/decideAwardBar";
import { decideCloudMatch } from "./rules/decideCloudMatch";
import { decideFourInclusions } from "./rules/decideFourInclusions";
import { decideInquiry } from "./rules/decideInquiry";
import { decideMeetingQuarter } from "./rules/decideMeetingQuarter";
import { decidePairCommunity } from "./rules/decidePairCommunity";
import { decideReceipt } from "./rules/decideReceipt";
import { decideRecordComplete } from "./rules/decideRecordComplete";
import { decideReportStreet } from "./rules/decideReportStreet";
import { decideSupervise } from "./rules/decideSupervise";
import { decideThemeDayHalf } from "./rules/decideThemeDayHalf";
import { decideThreeLists } from "./rules/decideThreeLists";
import { decideVolunteerMonth } from "./rules/decideVolunteerMonth";
import type { UnitAssessment } from "./unitAssessment";
import { createUnitContext } from "./unitContext";

/**
 * Assesses one unit for one year under an edition (ZZ47-GJ, 共驻共建): one
 * verdict per unit rule in the order of `UNIT_RULE_IDS` — the frequency
 * rules once per month, quarter or half-year, with `facts.period` the
 * period's label — and the `U-FOUR-INCLUSIONS` record. Pure, synchronous and
 * deterministic; the records must have been validated once with
 * `UnitRecords.parse` (or an adapter that does), and their order does not
 * matter: every list is sorted by (day, id) before any rule reads it.
 */
export function assessUnitYear(
  records: UnitRecords,
  edition: Edition,
  options: UnitAssessOptionsInput,
): UnitAssessment {
  return assessUnitYearWithOptions(
    records,
    edition,
    validate(UnitAssessOptions, options, "assessUnitYear options"),
  );
}

/** {@link assessUnitYear} with options already validated (the batch and dataset paths validate them once). */
export function assessUnitYearWithOptions(
  records: UnitRecords,
  edition: Edition,
  options: UnitAssessOptions,
): UnitAssessment {
  const ctx = createUnitContext(records, edition, options);
  const outOfScope = outOfScopeReason(ctx);
  const single = (decide: () => Verdict, ruleId: Parameters<typeof outOfScopeVerdict>[1]) =>
    outOfScope ? outOfScopeVerdict(ctx, ruleId, outOfScope) : decide();

  const duties = [
    single(() => decideReportStreet(ctx), "U-REPORT-STREET"),
    single(() => decidePairCommunity(ctx), "U-PAIR-COMMUNITY"),
    single(() => decideReceipt(ctx), "U-RECEIPT"),
    // Periodic rules mark each period before the start not applicable themselves.
    ...decideMeetingQuarter(ctx),
    ...decideThemeDayHalf(ctx),
    ...decideVolunteerMonth(ctx),
    single(() => decideRecordComplete(ctx), "U-RECORD-COMPLETE"),
    single(() => decideCloudMatch(ctx), "U-CLOUD-MATCH"),
  ];
  const inquiry = single(() => decideInquiry(ctx), "U-INQUIRY");
  const threeLists = single(() => decideThreeLists(ctx), "U-THREE-LISTS");
  const obligations = [...duties, threeLists];
  const supervise = single(() => decideSupervise(ctx, obligations, inquiry), "U-SUPERVISE");
  const awardBar = single(() => decideAwardBar(ctx, obligations, inquiry), "U-AWARD-BAR");
  const { verdict: fourInclusions, record } = decideFourInclusions(
    ctx,
    obligations,
    inquiry,
    supervise,
    awardBar,
  );
  return {
    unitId: records.unit.id,
    parentUnitId: records.unit.parentUnitId ?? null,
    year: options.year,
    edition: { id: edition.id, version: edition.version },
    asOf: options.asOf ?? null,
    verdicts: [...duties, inquiry, threeLists, supervise, awardBar, fourInclusions],
    fourInclusions: record,
  };
}
