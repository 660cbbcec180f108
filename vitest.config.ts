import { defineConfig } from "vitest/config";
import projects from "./vitest.workspace.ts";

export default defineConfig({
  test: {
    projects,
    // Vitest's default on a 2-core machine is one worker (cores − 1), which leaves the
    // second core idle while database and file tests wait: two workers ran the whole
    // suite in 237 s against 300 s with one (2026-12-02, same machine, same commit).
    maxWorkers: 2,
  },
});
