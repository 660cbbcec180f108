import type { Verdict } from "../../model/verdict";
import type { UnitContext } from "../unitContext";
import { decideFrequency, type FrequencyDuty } from "./decideFrequency";

export const VOLUNTEER_DUTY: FrequencyDuty = {
  ruleId: "U-VOLUNTEER-MONTH",
  kind: "volunteer-service",
  parameter: "volunteerFrequency",
  name: {
    zh: "社区志愿服务活动",
    en: "community volunteer-service activity",
    enPlural: "community volunteer-service activities",
  },
  verb: { zh: "组织", en: "hold" },
};

/**
 * `U-VOLUNTEER-MONTH` (ZZ47-GJ 三.3): "每月至少组织一次社区志愿服务活动",
 * one verdict per period of `unit.volunteerFrequency` (by default each calendar month).
 */
export function decideVolunteerMonth(ctx: UnitContext): Verdict[] {
  return decideFrequency(ctx, VOLUNTEER_DUTY);
}
