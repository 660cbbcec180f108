import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The workspace packages come straight from their sources (so the bench measures
 * the code in the checkout, not a stale build, and can reuse the test
 * arbitraries); every other package stays external and loads from node_modules.
 */
const sourcesNotBuilds: Plugin = {
  name: "workspace-sources",
  setup(build) {
    const sources: Record<string, string> = {
      "@shuangbaodao/core": here("../packages/core/src/index.ts"),
      "@shuangbaodao/excel": here("../packages/excel/src/index.ts"),
      "@shuangbaodao/postgres": here("../packages/postgres/src/index.ts"),
    };
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const source = sources[args.path];
      return source ? { path: source } : { external: true };
    });
  },
};

export default defineConfig({
  entry: [here("src/*.ts")],
  outDir: here("dist"),
  format: ["esm"],
  platform: "node",
  target: "node20",
  clean: true,
  sourcemap: true,
  splitting: true,
  dts: false,
  esbuildPlugins: [sourcesNotBuilds],
});
