import type { Verdict } from "../../model/verdict";
import type { UnitContext } from "../unitContext";
import { decideFrequency, type FrequencyDuty } from "./decideFrequency";

export const THEMED_DAY_DUTY: FrequencyDuty = {
  ruleId: "U-THEMEDAY-HALF",
  kind: "themed-party-day",
  parameter: "themedDayFrequency",
  name: { zh: "联合主题党日活动", en: "joint themed party day", enPlural: "joint themed party days" },
  verb: { zh: "组织", en: "hold" },
};

/**
 * `U-THEMEDAY-HALF` (ZZ47-GJ 三.2): "每半年至少组织一次联合主题党日活动",
 * one verdict per period of `unit.themedDayFrequency` (by default H1 and H2).
 */
export function decideThemeDayHalf(ctx: UnitContext): Verdict[] {
  return decideFrequency(ctx, THEMED_DAY_DUTY);
}
