import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

/**
 * Writes the checkout's `packages/` as they were at git `ref` into `tree`
 * (emptied first), for a bench that runs an earlier commit's code beside
 * this one's in the same run. The ref goes to git as an argument, not
 * through a shell.
 */
export function packagesAt(ref: string, tree: string, root: string): string {
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const archive = execFileSync("git", ["archive", ref, "packages"], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", tree], { input: archive });
  return tree;
}
