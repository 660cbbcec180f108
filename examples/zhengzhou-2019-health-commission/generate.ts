// Writes the bundled example workbook from the deterministic generator:
//   npm run example:generate
import { fileURLToPath } from "node:url";
import { AuditDataset, validate } from "@shuangbaodao/core";
import { writeInputWorkbook } from "@shuangbaodao/excel";
import { exampleRecords } from "./exampleRecords";

const target = fileURLToPath(new URL("./records.xlsx", import.meta.url));
const { dataset, unitDataset, visits } = exampleRecords();
// Validated first, as any import would be: the workbook holds canonical Shanghai dates.
const records = validate(AuditDataset, { ...dataset, ...unitDataset, visits }, "the example generator");
await writeInputWorkbook(target, records);
console.log(`wrote ${target}`);
