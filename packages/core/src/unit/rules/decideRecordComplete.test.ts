import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { meeting, unitRecords, volunteer } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

describe("U-RECORD-COMPLETE (ZZ47-GJ 四.1: 对活动时间、地点、具体项目和内容、参加人员名单等内容进行详细记录，并经……签字盖章确认)", () => {
  it("is met when every record has place, project, content, participants and the signature and stamp", () => {
    const v = verdictOf(
      assess(unitRecords({ activities: [volunteer("2019-10-19"), meeting("2019-11-05")] })),
      "U-RECORD-COMPLETE",
    );
    expect(v.status).toBe("met");
    expect(v.recordIds).toHaveLength(2);
    expect(v.severity).toBe("warning");
  });

  it("lists each incomplete record with what it lacks", () => {
    const v = verdictOf(
      assess(
        unitRecords({
          activities: [
            volunteer("2019-10-19", { place: undefined, project: undefined }),
            meeting("2019-11-05", { signedAndStamped: false }),
            volunteer("2019-11-16"),
          ],
        }),
      ),
      "U-RECORD-COMPLETE",
    );
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("incomplete-records");
    expect(v.facts.incomplete).toEqual(["volunteer-service-2019-10-19", "joint-meeting-2019-11-05"]);
    expect(v.excluded.map((e) => e.explanation.zh)).toEqual([
      "2019-10-19 的活动记录缺地点、具体项目，不计入次数",
      "2019-11-05 的活动记录未经街道社区党组织签字盖章，不计入次数",
    ]);
  });

  it("is not applicable with no activity in the year", () => {
    expect(verdictOf(assess(unitRecords()), "U-RECORD-COMPLETE").status).toBe("not-applicable");
  });

  it("offers a fix while the year is open", () => {
    const v = verdictOf(
      assess(unitRecords({ activities: [volunteer("2019-10-19", { content: undefined })] }), {
        asOf: "2019-11-01",
      }),
      "U-RECORD-COMPLETE",
    );
    expect(v.provisional).toBe(true);
    expect(v.fix?.en).toContain("volunteer-service-2019-10-19");
  });
});
