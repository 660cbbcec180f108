import { describe, expect, it } from "vitest";
import { importWorkbook } from "../src/import/importWorkbook";
import { useTempDir } from "./support/tempDir";
import { baseSheets, HEADERS, writeWorkbook } from "./support/writeWorkbook";

const file = useTempDir();

/** Writes the base organisation plus one service per given date cell, and imports it. */
async function importServiceDates(dates: readonly unknown[], numFmts?: Record<string, string>) {
  const path = file(`dates-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeWorkbook(path, [
    ...baseSheets(),
    {
      name: "志愿服务",
      rows: [HEADERS.services, ...dates.map((date, i) => [`S${i}`, "M1", date, "C1", 8, "义诊"])],
      numFmts,
    },
  ]);
  const result = await importWorkbook(path);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message.en).join("\n"));
  return result.records.services.map((service) => service.date);
}

describe("importing dates", () => {
  it("reads every date form people type as text", async () => {
    const typed = [
      "2019-10-18",
      "2019/10/18",
      "2019.10.18",
      "2019年10月18日",
      "2019-10-18 14:30",
      "2019/10/18 9:00:00",
    ];
    expect(await importServiceDates(typed)).toEqual(typed.map(() => "2019-10-18"));
  });

  it("reads date cells, date-time cells and serial numbers", async () => {
    const dates = [new Date(Date.UTC(2019, 9, 18)), new Date(Date.UTC(2019, 9, 18, 23, 45)), 43756];
    // C4 holds the serial number in a General-formatted cell, so it arrives as a number.
    expect(await importServiceDates(dates, { C4: "General" })).toEqual([
      "2019-10-18",
      "2019-10-18",
      "2019-10-18",
    ]);
  });

  it("reads date cells as the same calendar date whatever the host's time zone", async () => {
    const saved = process.env.TZ;
    const results: string[][] = [];
    try {
      for (const zone of ["UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"]) {
        process.env.TZ = zone;
        results.push(
          await importServiceDates([
            new Date(Date.UTC(2019, 11, 31)),
            new Date(Date.UTC(2019, 11, 31, 23, 30)),
          ]),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(results).toEqual(results.map(() => ["2019-12-31", "2019-12-31"]));
  });
});
