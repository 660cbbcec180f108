import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "io-ts": "src/io-ts/index.ts",
    conformance: "src/conformance/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  // One shared chunk for all entries in CJS too, so `instanceof InputError` holds across them.
  splitting: true,
  target: "node20",
});
