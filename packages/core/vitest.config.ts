import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "core",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The tests share no mutable state (spies are restored after each test, TZ is put back),
    // so files share one module graph per worker: zod and the core load once, not per file.
    isolate: false,
    // The draw-frequency and property tests take a few seconds alone; on a
    // busy 2-core machine they can pass vitest's 5 s default.
    testTimeout: 30_000,
  },
});
