import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");

/** Every source file's text, tests included (a dependency used only by tests belongs in devDependencies). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [readFileSync(path, "utf8")] : [];
  });
}

test("every runtime dependency of the core is imported by its sources (none installed for nothing)", () => {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const text = sources(join(root, "src")).join("\n");
  const unused = Object.keys(manifest.dependencies).filter(
    (name) => !text.includes(`from "${name}"`) && !text.includes(`from "${name}/`),
  );
  expect(unused).toEqual([]);
});
