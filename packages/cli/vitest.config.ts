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
      "@shuangbaodao/postgres": source("../postgres/src/index.ts"),
      "@shuangbaodao/http": source("../http/src/index.ts"),
    },
  },
  test: {
    name: "cli",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The tests share no mutable state (spies are restored after each test, TZ is put back),
    // so files share one module graph per worker: zod and the core load once, not per file.
    isolate: false,
  },
});
