import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as core from "../index";
import { jsonSchemaFiles } from "./jsonSchemaFiles";

const folder = resolve(__dirname, "../../../../docs/schemas");

describe("docs/schemas", () => {
  const files = jsonSchemaFiles(core);

  it("holds exactly the JSON Schemas the core's zod schemas give (rebuild with `npm run build -w packages/core`)", () => {
    const committed = readdirSync(folder).filter((name) => name.endsWith(".json"));
    expect(committed.sort()).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(join(folder, name), "utf8"), name).toBe(text);
    }
  });

  it("covers the inputs and the outputs an integrator exchanges", () => {
    for (const name of [
      "MemberRecords",
      "UnitRecords",
      "Dataset",
      "Verdict",
      "MemberAssessment",
      "UnitAssessment",
    ]) {
      expect(Object.keys(files), name).toContain(`${name}.json`);
    }
    expect(Object.keys(files)).toContain("MemberRecords.input.json");
    const verdict = JSON.parse(files["Verdict.json"] as string);
    expect(verdict.oneOf ?? verdict.anyOf).toHaveLength(26);
  });
});
