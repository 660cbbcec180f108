import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The worker thread of `runWithWorkers` built from the current sources (a
 * worker thread cannot load TypeScript, and the package's dist/ may be older
 * than the checkout). It is written under the package, so that it finds the
 * migrations folder as the built package does; other packages stay external.
 */
export async function buildWorkerScript(): Promise<URL> {
  const dir = here("../node_modules/.cache/sbd-test-worker");
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}/runWorker.mjs`;
  await build({
    entryPoints: [here("../src/decisions/runWorker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    plugins: [workspaceSources],
  });
  return pathToFileURL(outfile);
}

/** The workspace packages from their sources, as the tests use them; every other package from node_modules. */
const workspaceSources: Plugin = {
  name: "workspace-sources",
  setup(builder) {
    const sources: Record<string, string> = {
      "@shuangbaodao/core": here("../../core/src/index.ts"),
      "@shuangbaodao/excel": here("../../excel/src/index.ts"),
    };
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      const source = sources[args.path];
      return source ? { path: source } : { external: true };
    });
  },
};
