import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { unitRecords, volunteer } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

describe("U-CLOUD-MATCH (ZZ47-GJ 四.2: 以“图片+文字”形式上传到网络，与纸质回执互相印证)", () => {
  it("is met when every activity is posted with picture and text, same date and kind", () => {
    const v = verdictOf(assess(unitRecords({ activities: [volunteer("2019-10-19")] })), "U-CLOUD-MATCH");
    expect(v.status).toBe("met");
  });

  it("warns about a missing post and a mismatched one, without touching the frequency under the paper policy", () => {
    const a = assess(
      unitRecords({
        activities: [
          volunteer("2019-10-19", { online: undefined }),
          volunteer("2019-11-16", {
            online: {
              activityDate: "2019-11-17",
              kind: "volunteer-service",
              hasPicture: false,
              hasText: true,
            },
          }),
        ],
      }),
    );
    const v = verdictOf(a, "U-CLOUD-MATCH");
    expect(v.status).toBe("unmet");
    expect(v.severity).toBe("warning");
    expect(v.reason).toBe("online-mismatch");
    expect(v.facts).toMatchObject({
      missingOnline: ["volunteer-service-2019-10-19"],
      mismatchedOnline: ["volunteer-service-2019-11-16"],
      evidencePolicy: "paper",
    });
    expect(v.excluded.map((e) => e.reason)).toEqual(["online-missing", "online-mismatch"]);
    expect(v.excluded[1]?.explanation.en).toContain("no picture, dated 2019-11-17");
    expect(verdictOf(a, "U-VOLUNTEER-MONTH", "2019-10").status).toBe("met");
    expect(verdictOf(a, "U-VOLUNTEER-MONTH", "2019-11").status).toBe("met");
    expect(verdictOf(a, "U-AWARD-BAR").triggeredBy).not.toContain("U-CLOUD-MATCH:online-mismatch");
  });

  it("flags a post that describes another kind of activity", () => {
    const v = verdictOf(
      assess(
        unitRecords({
          activities: [
            volunteer("2019-10-19", {
              online: {
                activityDate: "2019-10-19",
                kind: "themed-party-day",
                hasPicture: true,
                hasText: true,
              },
            }),
          ],
        }),
      ),
      "U-CLOUD-MATCH",
    );
    expect(v.status).toBe("unmet");
    expect(v.excluded[0]?.explanation.zh).toContain("活动类别不符");
  });
});
