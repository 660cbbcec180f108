import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** A temporary directory for this test file's workbooks, removed after its tests. */
export function useTempDir(): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), "shuangbaodao-excel-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => join(dir, name);
}
