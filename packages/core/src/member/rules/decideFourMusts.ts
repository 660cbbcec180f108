import { fromDayNumber } from "../../calendar/dayNumber";
import { compareCodePoints } from "../../collections/compareCodePoints";
import type { ExcludedRecord, Verdict } from "../../model/verdict";
import { excludedRecord } from "../../rules/buildVerdict";
import { datedEvents } from "../datedEvents";
import { type MemberContext, residenceOn } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";

/**
 * `M-FOUR-MUSTS` (ZZ47-BD 二(三)): the member takes part in the community's
 * major arrangements, elections, 一征三议两公开 decisions and specialty
 * activities. Every such event of the member's own community that they missed
 * is listed; it binds only if the edition gives it a rating effect.
 */
export function decideFourMusts(ctx: MemberContext): Verdict {
  const from = Math.max(ctx.yearFirst, ctx.programmeStart, ctx.inScopeFrom ?? ctx.yearFirst);
  const to = Math.min(ctx.asOf, ctx.yearLast);
  // Attendance records and the member's own list of attended events are one reading.
  const attended = new Set(ctx.records.attendances.map((a) => a.eventId));
  for (const eventId of ctx.records.member.attendedEventIds ?? []) attended.add(eventId);
  const excluded: ExcludedRecord[] = [];
  const expected = datedEvents(ctx.records.communityEvents).filter((event) => {
    if (event.day < from || event.day > to) return false;
    const home = residenceOn(ctx, event.day);
    if (home?.record.communityId === event.record.communityId) return true;
    excluded.push(
      excludedRecord(
        event.record.id,
        "not-residence-community",
        `活动所在社区 ${event.record.communityId} 不是党员当时的居住地社区`,
        `held in ${event.record.communityId}, not the community the member lived in at the time`,
      ),
    );
    return false;
  });
  const missed = expected.filter((e) => !attended.has(e.record.id));
  const severity = ctx.params.fourMustsAffectRating ? "binding" : "warning";
  const expectedIds = new Set(expected.map((e) => e.record.id));
  const attendanceIds = ctx.records.attendances
    .filter((a) => expectedIds.has(a.eventId))
    .map((a) => a.id)
    .sort(compareCodePoints);
  const facts = {
    expectedEvents: expected.length,
    attendedEvents: expected.length - missed.length,
    missedEvents: missed.map(
      (e) =>
        `${fromDayNumber(e.day)} ${e.record.kind}${e.record.title === undefined ? "" : ` ${e.record.title}`}`,
    ),
    expectedEventIds: [...expectedIds].sort(compareCodePoints),
    missedEventIds: missed.map((e) => e.record.id).sort(compareCodePoints),
    attendanceIds,
  };
  const recordIds = [...facts.expectedEventIds, ...attendanceIds];
  if (expected.length === 0) {
    return memberVerdict(ctx, "M-FOUR-MUSTS", {
      status: "not-applicable",
      reason: "no-events",
      severity,
      excluded,
      facts,
      explanation: {
        zh: "本年度居住地社区没有登记“四个必须参与”的活动。",
        en: "No four-musts event was recorded in the member's community this year.",
      },
    });
  }
  if (missed.length === 0) {
    return memberVerdict(ctx, "M-FOUR-MUSTS", {
      status: "met",
      severity,
      recordIds,
      excluded,
      facts,
      explanation: {
        zh: `参加了居住地社区全部 ${expected.length} 项“四个必须参与”活动。`,
        en: `Took part in all ${expected.length} four-musts event(s) of the residential community.`,
      },
    });
  }
  return memberVerdict(ctx, "M-FOUR-MUSTS", {
    status: "unmet",
    reason: "missed-events",
    severity,
    recordIds,
    excluded,
    facts,
    explanation: {
      zh: `缺席居住地社区 ${missed.length} 项“四个必须参与”活动（共 ${expected.length} 项）。`,
      en: `Missed ${missed.length} of ${expected.length} four-musts event(s) of the residential community.`,
    },
  });
}
