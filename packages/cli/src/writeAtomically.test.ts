import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileProblem } from "./cliError";
import { writeAtomically } from "./writeAtomically";

describe("writeAtomically", () => {
  it("a write that fails half-way leaves the earlier file as it was and no partial file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const target = join(dir, "report.xlsx");
    writeFileSync(target, "the earlier report");
    const failing = writeAtomically(target, async (partial) => {
      await writeFile(partial, "half of a new rep");
      throw new Error("disk full");
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(readFileSync(target, "utf8")).toBe("the earlier report");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  it("the target appears only once complete, under its own name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const target = join(dir, "sample.json");
    await writeAtomically(target, async (partial) => {
      expect(partial).not.toBe(target);
      expect(readdirSync(dir)).toEqual([]);
      await writeFile(partial, "{}");
    });
    expect(readdirSync(dir)).toEqual(["sample.json"]);
    expect(readFileSync(target, "utf8")).toBe("{}");
  });

  it("says a full disk in both languages, naming the file, and leaves nothing behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const target = join(dir, "report.xlsx");
    const full = writeAtomically(target, async (partial) => {
      await writeFile(partial, "half");
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    const error = await full.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(FileProblem);
    expect((error as FileProblem).text).toEqual({
      zh: `无法写入「${target}」：磁盘空间不足；没有留下不完整的文件，原有文件（如有）保持不变`,
      en: `could not write ${target}: no space left on the device; no partial file is left, and any earlier file is as it was`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
