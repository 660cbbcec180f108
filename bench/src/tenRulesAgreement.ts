/**
 * Checks the ten-rule hand loop (`lib/tenRules.ts`) against the core, rule by
 * rule, over the benchmark's members under both editions and several closed
 * years; prints the disagreements (none expected). Not part of `npm run bench`,
 * which checks the same on the members it measures.
 *
 *   node bench/dist/tenRulesAgreement.js [members]
 */
import { getEdition } from "../../packages/core/src/editions/registry";
import { assessMember } from "../../packages/core/src/member/assessMember";
import { MEMBER_RULE_IDS } from "../../packages/core/src/member/memberAssessment";
import { memberPool, memberRecordsAt } from "./lib/memberData";
import { packStatuses, statusAt, tenRuleLoop, tenRuleParameters } from "./lib/tenRules";

const members = Number(process.argv[2] ?? 5_000);
const pool = memberPool();
const editions = [getEdition("zhengzhou-2019"), getEdition("zhengzhou-2019-health-commission")];
const years = [2018, 2019, 2020, 2021];
let checked = 0;
let disagreements = 0;
for (const edition of editions)
  for (const year of years) {
    const t = tenRuleParameters(edition, year);
    for (let i = 0; i < members; i++) {
      const records = memberRecordsAt(pool, i);
      const core = packStatuses(assessMember(records, edition, { year }).verdicts.map((v) => v.status));
      const hand = tenRuleLoop(records, t);
      checked++;
      if (core === hand) continue;
      disagreements++;
      if (disagreements <= 10) {
        const differ = MEMBER_RULE_IDS.flatMap((id, k) =>
          statusAt(core, k) === statusAt(hand, k)
            ? []
            : [`${id} core ${statusAt(core, k)} hand ${statusAt(hand, k)}`],
        );
        console.log(`${edition.id} ${year} member ${i}: ${differ.join(", ")}`);
      }
    }
  }
// How often each status occurs (2019, city edition): the check means something only if every status does.
const tally = new Map<string, number>();
const city2019 = tenRuleParameters(getEdition("zhengzhou-2019"), 2019);
for (let i = 0; i < members; i++) {
  const hand = tenRuleLoop(memberRecordsAt(pool, i), city2019);
  MEMBER_RULE_IDS.forEach((id, k) => {
    const key = `${id} ${statusAt(hand, k)}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  });
}
console.log(
  [...tally]
    .sort()
    .map(([key, n]) => `${key}: ${n}`)
    .join("\n"),
);
console.log(
  `${checked} member-years checked, ${disagreements} where the ten-rule loop and the core disagree`,
);
if (disagreements > 0) process.exitCode = 1;
