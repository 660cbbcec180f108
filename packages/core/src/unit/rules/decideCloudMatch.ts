import { fromDayNumber } from "../../calendar/dayNumber";
import { compareCodePoints } from "../../collections/compareCodePoints";
import type { Verdict } from "../../model/verdict";
import { activitiesInYear, onlineShortfall, type UnitContext } from "../unitContext";
import { dutySeverity, excludedRecord, unitVerdict } from "../unitVerdict";

/**
 * `U-CLOUD-MATCH` (ZZ47-GJ 四.2): each activity is also posted on 党建云 as
 * "picture + text", to corroborate the paper record. Lists the activities of
 * the year with no post or a post that does not match (no picture, no text,
 * another date or kind). Under the default evidence policy (`paper`) this is
 * a warning; under `online` or `both` such activities do not count toward the
 * frequencies, and the frequency verdicts list them.
 */
export function decideCloudMatch(ctx: UnitContext): Verdict {
  const activities = activitiesInYear(ctx);
  const missing = activities.filter((a) => a.online === "missing");
  const mismatched = activities.filter((a) => a.online === "mismatch");
  const severity = dutySeverity(ctx, "U-CLOUD-MATCH");
  const policy = ctx.params.evidencePolicy;
  const facts = {
    activities: activities.length,
    missingOnline: missing.map((a) => a.activity.id),
    mismatchedOnline: mismatched.map((a) => a.activity.id),
    evidencePolicy: policy,
  };
  const recordIds = activities.map((a) => a.activity.id);
  if (activities.length === 0) {
    return unitVerdict(ctx, "U-CLOUD-MATCH", {
      status: "not-applicable",
      reason: "no-activities",
      severity,
      facts,
      explanation: {
        zh: `${ctx.year} 年没有共驻共建活动记录可供印证。`,
        en: `No co-building activity on record in ${ctx.year} to corroborate.`,
      },
    });
  }
  const faulty = [...missing, ...mismatched].sort(
    (a, b) => a.day - b.day || compareCodePoints(a.activity.id, b.activity.id),
  );
  if (faulty.length === 0) {
    return unitVerdict(ctx, "U-CLOUD-MATCH", {
      status: "met",
      severity,
      recordIds,
      facts,
      explanation: {
        zh: `${activities.length} 项活动均已在“党建云”以“图片+文字”上传，与纸质记录相互印证。`,
        en: `All ${activities.length} activities are on 党建云 as picture + text, matching the paper records.`,
      },
    });
  }
  const effect =
    policy === "online" || policy === "both"
      ? {
          zh: "本版本要求“党建云”记录，这些活动不计入次数",
          en: "the edition requires the online record, so they do not count",
        }
      : policy === "either"
        ? { zh: "纸质记录完整的仍计入次数", en: "those with a complete paper record still count" }
        : { zh: "纸质记录仍有效，仅作提醒", en: "the paper record still counts; this is a warning" };
  const excluded = faulty.map((a) => {
    const why = onlineShortfall(a);
    return excludedRecord(
      a.activity.id,
      a.online === "missing" ? "online-missing" : "online-mismatch",
      `${fromDayNumber(a.day)} 的活动${why.zh}`,
      `the activity of ${fromDayNumber(a.day)}: ${why.en}`,
    );
  });
  const yearEnd = fromDayNumber(ctx.yearLast);
  return unitVerdict(ctx, "U-CLOUD-MATCH", {
    status: "unmet",
    reason: mismatched.length > 0 ? "online-mismatch" : "online-missing",
    provisional: ctx.yearOpen,
    severity,
    recordIds,
    excluded,
    facts,
    explanation: {
      zh: `${activities.length} 项活动中 ${missing.length} 项未上传“党建云”、${mismatched.length} 项与纸质记录不符；${effect.zh}。`,
      en: `Of ${activities.length} activities, ${missing.length} are not on 党建云 and ${mismatched.length} do not match the paper record; ${effect.en}.`,
    },
    ...(ctx.yearOpen && {
      fix: {
        by: yearEnd,
        zh: `将活动 ${faulty.map((a) => a.activity.id).join("、")} 以“图片+文字”形式上传“党建云”并与纸质记录一致`,
        en: `post activities ${faulty.map((a) => a.activity.id).join(", ")} on 党建云 as picture + text, matching the paper records`,
      },
    }),
  });
}
