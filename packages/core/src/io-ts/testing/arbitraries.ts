import { auditCases } from "./auditCases";
import type { Case } from "./blocks";
import { memberCases } from "./memberCases";
import { optionsCases } from "./optionsCases";
import { samplingCases } from "./samplingCases";
import { unitCases } from "./unitCases";

export type { Case } from "./blocks";

/** Every input schema's case, by the name the zod schema and the io-ts codec share. */
export const cases: Record<string, Case> = {
  ...memberCases,
  ...unitCases,
  ...samplingCases,
  ...auditCases,
  ...optionsCases,
};
