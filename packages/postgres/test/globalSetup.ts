import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/connection/openDatabase";
import { migrate } from "../src/schema/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** A gzipped PGlite data folder with the schema at head, for every test file to start from. */
    preparedPglite: string;
  }
}

// A fresh PGlite takes 5–20 s to start here, loading a prepared one about 3 s:
// make and migrate one, once per test run.
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), "sbd-pglite-"));
  const db = await openDatabase({ dataDir: "memory://" });
  await migrate(db);
  if (!db.pglite) throw new Error("expected the embedded database");
  const dump = await db.pglite.dumpDataDir("gzip");
  await db.close();
  const file = join(folder, "prepared.tar.gz");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("preparedPglite", file);
  return () => rmSync(folder, { recursive: true, force: true });
}
