// Assesses the quickstart members for 2019 under the health commission's edition
// and prints each member's verdicts with the clause they rest on.
//   npm run build -w @shuangbaodao/core && node examples/quickstart/assess.mjs
import { readFileSync } from "node:fs";
import { assessMembers, Dataset, getEdition, groupByMember, validate } from "@shuangbaodao/core";

const file = new URL("./members.json", import.meta.url);
const dataset = validate(Dataset, JSON.parse(readFileSync(file, "utf8")), "examples/quickstart/members.json");
const edition = getEdition("zhengzhou-2019-health-commission");

for (const assessment of assessMembers(groupByMember(dataset), edition, { year: 2019 })) {
  console.log(`\n${assessment.memberId} (${assessment.edition.id} ${assessment.edition.version})`);
  for (const v of assessment.verdicts) {
    const status = v.reason ? `${v.status} (${v.reason})` : v.status;
    console.log(`  ${v.ruleId.padEnd(16)} ${status.padEnd(28)} ${v.citations.map((c) => c.text).join("; ")}`);
    console.log(`    ${v.explanation.zh}`);
    if (v.fix) console.log(`    fix: ${v.fix.zh}`);
    for (const task of v.tasks) console.log(`    task: ${task.zh}`);
  }
}
