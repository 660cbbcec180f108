import { DatabaseError } from "@shuangbaodao/postgres";
import { describe, expect, it } from "vitest";
import { databaseProblem } from "./databaseProblem";

describe("databaseProblem", () => {
  it("answers a write the row-level security refused (42501) with 403, in the adapter's words", () => {
    const refused = new DatabaseError("导入被拒绝", "Import refused", { cause: { code: "42501" } });
    expect(databaseProblem(refused)).toMatchObject({ code: "forbidden", detail: { en: "Import refused" } });
  });

  it("keeps 422 for a state the caller can fix and 503 for a fault of the database", () => {
    expect(databaseProblem(new DatabaseError("旧", "old schema")).code).toBe("invalid-input");
    expect(databaseProblem(new DatabaseError("坏", "broken", { fault: true })).code).toBe("not-ready");
  });
});
