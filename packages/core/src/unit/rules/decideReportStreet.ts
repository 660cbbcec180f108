import { fromDayNumber } from "../../calendar/dayNumber";
import type { Verdict } from "../../model/verdict";
import { decideOneTimeDuty } from "../oneTimeDuty";
import { oneTimeDue, type UnitContext } from "../unitContext";
import { excludedRecord } from "../unitVerdict";

/**
 * `U-REPORT-STREET` (ZZ47-GJ 二): the unit's 机关党委 first reports to the
 * 街道党工委 where the unit is located; the street then designates the
 * community. Met when the first report is on or before the due date
 * (`unit.streetReportDeadline`; with none set, the end of the year the unit
 * came into scope) and no designation by that street came before it
 * (reported ≤ designated); a designation dated before the report is
 * `out-of-order`.
 */
export function decideReportStreet(ctx: UnitContext): Verdict {
  const due = oneTimeDue(ctx, ctx.params.streetReportDeadline);
  const reports = ctx.streetReports.filter((r) => r.day <= ctx.yearLast);
  const first = reports[0];
  const designations = ctx.designations.filter((d) => d.day <= ctx.cutoff);
  const fromStreet = first ? designations.filter((d) => d.record.streetId === first.record.streetId) : [];
  const designation = fromStreet.find((d) => first !== undefined && d.day >= first.day);
  const excluded = first
    ? designations
        .filter((d) => d.record.streetId !== first.record.streetId)
        .map((d) =>
          excludedRecord(
            d.record.id,
            "other-street",
            `确定共建社区的街道 ${d.record.streetId} 不是单位报到的街道 ${first.record.streetId}`,
            `designated by street ${d.record.streetId}, not ${first.record.streetId} where the unit reported`,
          ),
        )
    : [];
  const street = first ? (first.record.streetName ?? first.record.streetId) : null;
  return decideOneTimeDuty(ctx, {
    ruleId: "U-REPORT-STREET",
    first,
    due,
    deadlineParameter: "unit.streetReportDeadline",
    duty: {
      zh: "向驻在街道党工委报到",
      en: "report to the street party working committee where the unit is located",
    },
    done: (r) => ({
      zh: `${fromDayNumber(r.day)} 向${street}党工委报到${designation ? `，街道于 ${fromDayNumber(designation.day)} 确定共建社区` : ""}`,
      en: `Reported to the street committee of ${street} on ${fromDayNumber(r.day)}${designation ? `; the street designated the community on ${fromDayNumber(designation.day)}` : ""}`,
    }),
    problemWith: () => {
      if (designation || fromStreet.length === 0) return undefined;
      const early = fromStreet[0];
      return early
        ? {
            reason: "out-of-order",
            zh: `街道在单位报到之前（${fromDayNumber(early.day)}）就确定了共建社区，应先报到后确定`,
            en: `the street designated the community on ${fromDayNumber(early.day)}, before the unit reported (report first, then designation)`,
          }
        : undefined;
    },
    facts: {
      reportDate: first ? fromDayNumber(first.day) : null,
      streetId: first ? first.record.streetId : null,
      designationDate: designation ? fromDayNumber(designation.day) : null,
      designatedCommunityId: designation ? designation.record.communityId : null,
    },
    recordIds: designation ? [designation.record.id] : fromStreet.map((d) => d.record.id),
    excluded,
  });
}
