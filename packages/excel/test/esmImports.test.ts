import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const sourceRoot = join(packageRoot, "src");

/** The other packages' modules the sources import (a deep path such as `xmlchars/xml/1.0/ed5.js` too), tests left out. */
function importedPackages(): string[] {
  const specifiers = new Set<string>();
  for (const entry of readdirSync(sourceRoot, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
    for (const [, specifier] of text.matchAll(/from "([^".][^"]*)"/g))
      if (specifier && !specifier.startsWith("node:") && !specifier.startsWith("@shuangbaodao/"))
        specifiers.add(specifier);
  }
  return [...specifiers].sort();
}

describe("the package's imports", () => {
  it("load under Node's own ES module rules, as the built package imports them (a deep path needs its .js)", () => {
    const specifiers = importedPackages();
    expect(specifiers).toContain("saxes");
    // Vite resolves what Node would not: ask Node itself, from this package's folder.
    const script = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join("\n");
    expect(() =>
      execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        cwd: packageRoot,
        stdio: "pipe",
      }),
    ).not.toThrow();
  }, 60_000);
});
