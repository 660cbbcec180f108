import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FACTS_BY_RULE } from "../src/model/verdict";
import { RULE_IDS, RULES, type RuleId } from "../src/rules/ruleCatalogue";

// docs/rules.md maps each rule ID to the function that decides it, its tests and
// its citation. This test keeps that table true.
const root = resolve(__dirname, "../../..");
const doc = readFileSync(join(root, "docs/rules.md"), "utf8");

interface Row {
  id: string;
  functionName: string;
  functionFile: string;
  testFiles: string[];
  citation: string;
}

const LINK = /\[`?([^\]`]+)`?\]\(([^)]+)\)/g;

function parseRows(): Row[] {
  return doc
    .split("\n")
    .filter((line) => /^\| `[UMW]-/.test(line))
    .map((line) => {
      const cells = line.split("|").map((c) => c.trim());
      const [, idCell = "", fnCell = "", testCell = "", citation = ""] = cells;
      const [fn] = [...fnCell.matchAll(LINK)];
      return {
        id: idCell.replaceAll("`", ""),
        functionName: fn?.[1] ?? "",
        functionFile: fn?.[2] ?? "",
        testFiles: [...testCell.matchAll(LINK)].map((m) => m[2] ?? ""),
        citation,
      };
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === "node_modules" || name === "dist" ? [] : sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

describe("docs/rules.md", () => {
  const rows = parseRows();

  it("has one row per rule of the catalogue, and no row for a rule that does not exist", () => {
    expect(rows.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it("has a row for every rule ID the code mentions", () => {
    const mentioned = new Set<string>();
    for (const file of sourceFiles(join(root, "packages"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/"([UMW]-[A-Z0-9]+(?:-[A-Z0-9]+)*)"/g)) {
        mentioned.add(match[1] as string);
      }
    }
    const documented = new Set(rows.map((r) => r.id));
    expect([...mentioned].filter((id) => !documented.has(id))).toEqual([]);
  });

  it("names, for every rule, an exported function that exists, test files that exist, and the catalogue's citation", () => {
    for (const row of rows) {
      const file = join(root, "docs", row.functionFile);
      expect(existsSync(file), `${row.id}: ${row.functionFile}`).toBe(true);
      expect(readFileSync(file, "utf8"), `${row.id}: ${row.functionName}`).toMatch(
        new RegExp(`export (async )?(function\\*?|const) ${row.functionName}\\b`),
      );
      expect(row.testFiles.length, `${row.id} has tests`).toBeGreaterThan(0);
      for (const test of row.testFiles) {
        const path = join(root, "docs", test);
        expect(existsSync(path), `${row.id}: ${test}`).toBe(true);
        expect(readFileSync(path, "utf8"), `${test} mentions ${row.id}`).toContain(row.id);
      }
      expect(row.citation).toBe(RULES[row.id as RuleId].citations.map((c) => c.text).join("; "));
    }
  });

  it("lists each rule's facts: exactly the keys of its facts schema", () => {
    const section = doc.slice(doc.indexOf("### Each rule's facts"), doc.indexOf("## Early warnings"));
    const listed = new Map<string, string[]>();
    for (const part of section.split("\n#### ").slice(1)) {
      const ruleId = part.slice(1, part.indexOf("`", 1));
      const same = /^The same facts as `([^`]+)`/m.exec(part)?.[1];
      const keys = [...part.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1] as string);
      listed.set(ruleId, same === undefined ? keys : (listed.get(same) ?? []));
    }
    expect([...listed.keys()].sort()).toEqual(Object.keys(FACTS_BY_RULE).sort());
    for (const [ruleId, schema] of Object.entries(FACTS_BY_RULE)) {
      expect(listed.get(ruleId), ruleId).toEqual(Object.keys(schema.shape));
    }
  });
});
