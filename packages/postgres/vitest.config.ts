import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

// Tests run against the sources of the other packages, not their builds.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineProject({
  resolve: {
    alias: {
      "@shuangbaodao/core/io-ts": source("../core/src/io-ts/index.ts"),
      "@shuangbaodao/core/conformance": source("../core/src/conformance/index.ts"),
      "@shuangbaodao/core": source("../core/src/index.ts"),
      "@shuangbaodao/excel": source("../excel/src/index.ts"),
      "@shuangbaodao/postgres": source("./src/index.ts"),
    },
  },
  test: {
    name: "postgres",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One prepared PGlite data folder (migrated) is made once and loaded by every test file.
    globalSetup: ["test/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
