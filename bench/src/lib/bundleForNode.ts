import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

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
      "--log-level=warning",
    ],
    { cwd, stdio: "inherit" },
  );
  return outfile;
}
