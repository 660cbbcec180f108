import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { collect } from "../../test/exampleSource";
import { ImportRejected } from "../import/importRejected";
import { validateRecords } from "../import/validateRecords";
import { fileSource } from "./fileSource";
import { workbookSource } from "./workbookSource";

const WORKBOOK = resolve(__dirname, "../../../../examples/zhengzhou-2019-health-commission/records.xlsx");

describe("file sources", () => {
  it("reads the bundled workbook with each record's sheet and row", async () => {
    const batches = workbookSource(WORKBOOK).batches()[Symbol.asyncIterator]();
    const first = (await batches.next()).value;
    await batches.return?.(); // closes the workbook
    expect(first?.[0]?.place).toEqual({
      file: "records.xlsx",
      sheet: expect.any(String),
      row: expect.any(Number),
    });
    const all = await collect(workbookSource(WORKBOOK));
    expect(all.members?.length).toBe(150);
  });

  it("reads an NDJSON file with the core's reader; the import names the line that is not a record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sbd-ndjson-"));
    const file = join(dir, "records.ndjson");
    writeFileSync(file, '{"kind":"units","record":{"id":"u1","name":"单位"}}\n\n{"kind":"units"\n');
    const source = await fileSource(file);
    const read = await collect(source);
    expect(read.units).toEqual([{ id: "u1", name: "单位" }]);
    expect(source.unreadable?.()).toEqual([
      expect.objectContaining({ place: { file: "records.ndjson", line: 3 } }),
    ]);
    const error = await validateRecords(await fileSource(file)).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect(error.en).toContain("records.ndjson line 3");
  });
});
