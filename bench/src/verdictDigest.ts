/**
 * A digest of every verdict for the benchmark's members under both editions,
 * several years and as-of dates: an optimisation of the core must leave it
 * unchanged. Not part of `npm run bench`.
 *
 *   node bench/dist/verdictDigest.js [members]
 */
import { createHash } from "node:crypto";
import { getEdition } from "../../packages/core/src/editions/registry";
import { assessMember } from "../../packages/core/src/member/assessMember";
import { memberPool, memberRecordsAt } from "./lib/memberData";

const members = Number(process.argv[2] ?? 5_000);
const pool = memberPool();
const hash = createHash("sha256");
const editions = [getEdition("zhengzhou-2019"), getEdition("zhengzhou-2019-health-commission")];
const optionSets = [
  { year: 2019 },
  { year: 2020 },
  { year: 2019, asOf: "2019-10-20" },
  { year: 2019, asOf: "2019-12-01" },
  { year: 2020, asOf: "2020-06-30" },
  { year: 2018 },
];
for (let i = 0; i < members; i++) {
  const records = memberRecordsAt(pool, i);
  for (const edition of editions)
    for (const options of optionSets) hash.update(JSON.stringify(assessMember(records, edition, options)));
}
console.log(
  `verdicts of ${members} members × 2 editions × ${optionSets.length} options: ${hash.digest("hex")}`,
);
