import { toDayNumber } from "../calendar/dayNumber";
import type { InvestigationStatus } from "../model/feedbackItem";

/**
 * What an investigation was known to be on the as-of day: a result dated after
 * it was not known yet, so the matter was still pending. Shared by member
 * feedback (ZZ47-BD 三(四)) and inquiry answers about units (ZZ47-GJ 四.4).
 */
export function investigationStatusOn(
  record: { status?: InvestigationStatus; statusDate?: string },
  asOf: number,
): InvestigationStatus {
  const status = record.status ?? "pending";
  if (status === "pending") return "pending";
  if (record.statusDate !== undefined && toDayNumber(record.statusDate) > asOf) return "pending";
  return status;
}
