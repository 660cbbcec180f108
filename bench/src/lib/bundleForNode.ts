import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo's root: the nearest folder up whose package.json has workspaces (the bench runs from src and, bundled, from dist). */
function monorepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && "workspaces" in JSON.parse(readFileSync(manifest, "utf8"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no workspace root above ${from}`);
  }
}

const root = monorepoRoot(dirname(fileURLToPath(import.meta.url)));

/**
 * Bundles `entry` (relative to `cwd`) for node with esbuild, the workspace
 * packages taken from the sources `aliases` name and every other package left
 * to load from the checkout's node_modules. Returns `outfile`.
 */
export function bundleForNode(
  entry: string,
  outfile: string,
  aliases: Readonly<Record<string, string>>,
  cwd = root,
): string {
  execFileSync(
    join(root, "node_modules", ".bin", "esbuild"),
    [
      entry,
      "--bundle",
      "--platform=node",
      "--format=esm",
      "--packages=external",
      ...Object.entries(aliases).map(([name, source]) => `--alias:${name}=${source}`),
      `--outfile=${outfile}`,
      // Not the root tsconfig's paths: they would bundle the http and postgres sources too, and
      // esbuild then wraps the core's modules in lazy initialisers (module constants become
      // variables), a bundle shaped unlike one from another commit's tree (packagesAt has no
      // tsconfig), so a before/after ratio would compare two shapes, not two versions.
      "--tsconfig-raw={}",
      "--log-level=warning",
    ],
    { cwd, stdio: "inherit" },
  );
  return outfile;
}
