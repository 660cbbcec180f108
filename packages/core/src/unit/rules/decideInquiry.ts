import { fromDayNumber } from "../../calendar/dayNumber";
import type { ExcludedRecord, Verdict } from "../../model/verdict";
import { investigationStatusOn } from "../../rules/investigationStatusOn";
import type { UnitContext } from "../unitContext";
import { excludedRecord, unitVerdict } from "../unitVerdict";

/**
 * `U-INQUIRY` (ZZ47-GJ 四.1, 四.4): at year end 工委 asks each street and
 * community about each unit (情况征询单). An answer that reports a problem is
 * a negative report once verified (`unmet`, reason `negative-report`); one
 * still under investigation is read as `unit.pendingInvestigation` says (by
 * default it makes the verdict pending); an unfounded one is set aside. No
 * answer about the year: pending while the year is open, otherwise not
 * applicable (nothing to judge, and not the unit's own duty).
 */
export function decideInquiry(ctx: UnitContext): Verdict {
  const answers = ctx.inquiryAnswers.filter((a) => a.record.year === ctx.year);
  const reading = ctx.params.pendingInvestigation;
  const negative: string[] = [];
  const pending: string[] = [];
  const excluded: ExcludedRecord[] = [];
  let treatedAsVerified = false;
  for (const { record } of answers) {
    if (!record.reportsProblem) continue;
    const status = investigationStatusOn(record, ctx.asOf);
    if (status === "verified") negative.push(record.id);
    else if (status === "pending" && reading === "as-verified") {
      negative.push(record.id);
      treatedAsVerified = true;
    } else if (status === "pending" && reading === "provisional") pending.push(record.id);
    else if (status === "pending") {
      excluded.push(
        excludedRecord(
          record.id,
          "pending-ignored",
          "尚在调查，本版本不予考虑",
          "still under investigation; the edition ignores it",
        ),
      );
    } else {
      excluded.push(
        excludedRecord(record.id, "unfounded", "经调查不属实", "found unfounded on investigation"),
      );
    }
  }
  const facts = {
    answers: answers.length,
    negative,
    pendingInvestigation: pending,
    pendingInvestigationReading: reading,
    respondents: answers.map((a) => `${a.record.respondentKind}:${a.record.respondentId}`),
  };
  const recordIds = answers.map((a) => a.record.id);
  const common = { recordIds, excluded, facts, severity: "binding" as const };
  if (negative.length > 0) {
    return unitVerdict(ctx, "U-INQUIRY", {
      ...common,
      status: "unmet",
      reason: treatedAsVerified ? "pending-treated-as-verified" : "negative-report",
      explanation: {
        zh: `年底情况征询中有 ${negative.length} 份反映问题${treatedAsVerified ? "（含尚在调查、本版本按属实处理的）" : "并经调查属实"}。`,
        en: `${negative.length} year-end inquiry answer(s) report a problem ${treatedAsVerified ? "(some still under investigation, treated as verified by the edition)" : "verified on investigation"}.`,
      },
    });
  }
  if (pending.length > 0) {
    return unitVerdict(ctx, "U-INQUIRY", {
      ...common,
      status: "pending",
      reason: "investigation-pending",
      provisional: true,
      explanation: {
        zh: `年底情况征询中有 ${pending.length} 份反映问题，尚在调查。`,
        en: `${pending.length} year-end inquiry answer(s) report a problem still under investigation.`,
      },
    });
  }
  if (answers.length > 0) {
    return unitVerdict(ctx, "U-INQUIRY", {
      ...common,
      status: "met",
      explanation: {
        zh: `年底情况征询共 ${answers.length} 份答复，没有经调查属实的负面反映。`,
        en: `${answers.length} year-end inquiry answer(s), none with a verified negative report.`,
      },
    });
  }
  if (ctx.yearOpen) {
    return unitVerdict(ctx, "U-INQUIRY", {
      ...common,
      status: "pending",
      reason: "not-yet-due",
      provisional: true,
      explanation: {
        zh: `${ctx.year} 年底的情况征询尚未进行（截至 ${fromDayNumber(ctx.asOf)}）。`,
        en: `The year-end inquiry for ${ctx.year} has not been made yet (as of ${fromDayNumber(ctx.asOf)}).`,
      },
    });
  }
  return unitVerdict(ctx, "U-INQUIRY", {
    ...common,
    status: "not-applicable",
    reason: "no-answer",
    explanation: {
      zh: `没有关于本单位 ${ctx.year} 年的情况征询答复，无负面反映可据。`,
      en: `No year-end inquiry answer about the unit for ${ctx.year}; there is no negative report to go on.`,
    },
  });
}
