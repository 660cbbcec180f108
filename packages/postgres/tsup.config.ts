import { defineConfig } from "tsup";

export default defineConfig({
  // The worker thread of `db assess --workers N` is a file of its own.
  entry: { index: "src/index.ts", runWorker: "src/decisions/runWorker.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // import.meta.url finds the migrations folder, in the CommonJS build too.
  shims: true,
});
