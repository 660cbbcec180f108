import { describe, expect, it } from "vitest";
import { UnitActivity } from "./unitActivity";
import { UnitInquiryAnswer } from "./unitInquiryAnswer";
import { UnitRecords } from "./unitRecords";

const unit = { id: "u1", name: "市卫健委" };

describe("UnitRecords", () => {
  it("refuses records of another unit and duplicate ids within a collection", () => {
    const result = UnitRecords.safeParse({
      unit,
      scope: { id: "sc", unitId: "u2", inScopeFrom: "2019-10-01" },
      receipts: [
        { id: "r", unitId: "u1", handedInOn: "2019-10-10" },
        { id: "r", unitId: "u2", handedInOn: "2019-10-11" },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([
      "scope.unitId",
      "receipts.1.unitId",
      "receipts.1.id",
    ]);
  });

  it("fills in empty collections", () => {
    const records = UnitRecords.parse({ unit });
    expect(records.activities).toEqual([]);
    expect(records.scope).toBeUndefined();
  });
});

describe("UnitActivity", () => {
  const base = { id: "a", unitId: "u1", kind: "volunteer-service", signedAndStamped: true };

  it("reads a date-time as the Shanghai calendar day", () => {
    expect(UnitActivity.parse({ ...base, date: "2019-12-31T16:30:00Z" }).date).toBe("2020-01-01");
    expect(UnitActivity.parse({ ...base, date: "2019-12-31T23:59" }).date).toBe("2019-12-31");
    expect(UnitActivity.parse({ ...base, date: "2019-12-31" }).participants).toEqual([]);
  });

  it("refuses an unknown kind, a missing signature flag and an impossible date", () => {
    expect(UnitActivity.safeParse({ ...base, date: "2019-10-10", kind: "dinner" }).success).toBe(false);
    expect(
      UnitActivity.safeParse({ id: "a", unitId: "u1", kind: "joint-meeting", date: "2019-10-10" }).success,
    ).toBe(false);
    expect(UnitActivity.safeParse({ ...base, date: "2019-02-30" }).success).toBe(false);
  });
});

describe("UnitInquiryAnswer", () => {
  const base = {
    id: "q",
    unitId: "u1",
    year: 2019,
    respondentKind: "street",
    respondentId: "s",
    date: "2019-12-28",
  };

  it("needs an investigation status when it reports a problem", () => {
    expect(UnitInquiryAnswer.safeParse({ ...base, reportsProblem: true }).success).toBe(false);
    expect(UnitInquiryAnswer.safeParse({ ...base, reportsProblem: true, status: "pending" }).success).toBe(
      true,
    );
    expect(UnitInquiryAnswer.safeParse({ ...base, reportsProblem: false }).success).toBe(true);
  });
});
