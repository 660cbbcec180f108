import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "core",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The draw-frequency and property tests take a few seconds alone; on a
    // busy 2-core machine they can pass vitest's 5 s default.
    testTimeout: 30_000,
  },
});
