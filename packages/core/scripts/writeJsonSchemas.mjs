// Writes docs/schemas/: a JSON Schema for every zod schema the built core
// exports (run by `npm run build` after tsup). jsonSchemas.test.ts checks the
// committed files equal what the schemas give.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "../dist/index.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "../../../docs/schemas");
mkdirSync(out, { recursive: true });
const files = core.jsonSchemaFiles(core);
// Files of schemas that no longer exist go, so the folder says what the library has.
for (const name of readdirSync(out)) if (name.endsWith(".json") && !(name in files)) rmSync(join(out, name));
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
console.log(`docs/schemas: ${Object.keys(files).length} JSON Schema files`);
