import type { SourcePlace } from "@shuangbaodao/core";
import { type DatabaseError, ImportRejected } from "@shuangbaodao/postgres";
import { ApiProblem } from "../problems/apiProblem";

/**
 * The Postgres adapter's refusals as problems, in its own words: a refused
 * import lists each problem at its line and field (422); any other refusal
 * (a schema not at head, a state the caller can fix) is a 422, a write the
 * row-level security refused a 403, and a fault of the database a 503, each
 * with the adapter's sentence.
 */
export function databaseProblem(error: DatabaseError): ApiProblem {
  if (error instanceof ImportRejected) {
    // Past the first thousand, the rest are counted by code and place (omitted), not listed.
    const listed = error.problems.length;
    const listedZh = listed < error.problemCount ? `，列出前 ${listed} 个，其余按类型和位置计数` : "";
    const listedEn =
      listed < error.problemCount ? `; the first ${listed} listed, the rest counted by code and place` : "";
    return new ApiProblem(
      "invalid-input",
      {
        zh: `导入被拒绝，未写入任何记录（${error.problemCount} 个问题${listedZh}）。`,
        en: `The import was refused; nothing was written (${error.problemCount} problem(s)${listedEn}).`,
      },
      {
        errors: error.problems.map((p) => ({
          path: [placePath(p.place), p.field].filter(Boolean).join(" "),
          message: { zh: p.zh, en: p.en },
        })),
        ...(listed < error.problemCount && {
          omitted: { errorCount: error.problemCount, groups: error.omitted },
        }),
      },
    );
  }
  // Row-level security refused a write (insufficient_privilege): the request touched what the token may not.
  if ((error.cause as { code?: string } | undefined)?.code === "42501") {
    return new ApiProblem("forbidden", { zh: error.zh, en: error.en });
  }
  return new ApiProblem(error.fault ? "not-ready" : "invalid-input", { zh: error.zh, en: error.en });
}

/** A record's place in an upload, as a path prefix: `line 3`, or the sheet and row of a workbook. */
export function placePath(place: SourcePlace): string {
  if (place.line !== undefined) return `line ${place.line}`;
  if (place.sheet !== undefined) return `${place.sheet} row ${place.row ?? "?"}`;
  return "";
}
