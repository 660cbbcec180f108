import { isLeft, isRight } from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { AuditDataset as ZodAuditDataset } from "../audit/auditDataset";
import { formatPath } from "../model/validate";
import { AuditDataset } from "./auditDataset";
import { decodeIssues } from "./report";

const withActivityOn = (date: string) => ({
  units: [{ id: "u1", name: "单位" }],
  activities: [{ id: "a1", unitId: "u1", kind: "joint-meeting", date, signedAndStamped: true }],
});

// zod's refinement used to re-parse the dates it had already normalised: 9999-12-31T20:00Z
// became "10000-01-01", which the second reading refused and io-ts did not.
describe("zod and io-ts agree on dates at the edges of the supported range", () => {
  it.each(["9999-12-31T20:00Z", "9999-12-31T16:00Z", "0050-01-01", "2199-12-31T16:00:00Z"])(
    "both refuse an activity dated %s, at the same field",
    (date) => {
      const zod = ZodAuditDataset.safeParse(withActivityOn(date));
      const io = AuditDataset.decode(withActivityOn(date));
      expect(zod.success).toBe(false);
      expect(isLeft(io)).toBe(true);
      const zodPaths = zod.success ? [] : zod.error.issues.map((issue) => formatPath(issue.path));
      const ioPaths = isLeft(io) ? decodeIssues(io.left).map((issue) => issue.path) : [];
      expect(zodPaths).toEqual(["activities[0].date"]);
      expect(ioPaths).toEqual(zodPaths);
    },
  );

  it.each(["2199-12-31T15:59:59Z", "1899-12-31T16:00:00Z"])("both accept %s, as the same day", (date) => {
    const zod = ZodAuditDataset.safeParse(withActivityOn(date));
    const io = AuditDataset.decode(withActivityOn(date));
    expect(zod.success && isRight(io)).toBe(true);
    if (zod.success && isRight(io)) expect(io.right.activities[0]?.date).toBe(zod.data.activities[0]?.date);
  });
});
