import type { Verdict } from "../../model/verdict";
import type { UnitContext } from "../unitContext";
import { decideFrequency, type FrequencyDuty } from "./decideFrequency";

export const MEETING_DUTY: FrequencyDuty = {
  ruleId: "U-MEETING-QUARTER",
  kind: "joint-meeting",
  parameter: "meetingFrequency",
  name: {
    zh: "街道党建联席会或社区联合党委会",
    en: "joint meeting (street party-building joint meeting or community joint party committee)",
    enPlural: "joint meetings (street party-building joint meeting or community joint party committee)",
  },
  verb: { zh: "参加", en: "attend" },
};

/**
 * `U-MEETING-QUARTER` (ZZ47-GJ 三.1): "每季度至少参加一次街道党建联席会或社区联合党委会",
 * one verdict per period of `unit.meetingFrequency` (by default each calendar quarter).
 */
export function decideMeetingQuarter(ctx: UnitContext): Verdict[] {
  return decideFrequency(ctx, MEETING_DUTY);
}
