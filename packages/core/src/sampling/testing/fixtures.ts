import type { Edition } from "../../editions/edition";
import { getEdition } from "../../editions/registry";
import type { MemberDrawRequestInput } from "../memberDrawRequest";

/** The city edition: rate 0.2, 2 communities per district. */
export const CITY: Edition = getEdition("zhengzhou-2019");

/** A copy of an edition with other sampling numbers (and its own id, so results tell them apart). */
export function withSampling(
  sampling: Partial<Edition["parameters"]["sampling"]>,
  base: Edition = CITY,
  id = `${base.id}-test`,
): Edition {
  return {
    ...base,
    id,
    parameters: { ...base.parameters, sampling: { ...base.parameters.sampling, ...sampling } },
  };
}

/** The seed of the worked example in docs/sampling.md. */
export const DOC_SEED = "2019-11-02 福彩3D 第2019298期 741";

/** Members M001…M{n}, in service, branch from `branchOf` (default B0). */
export function members(n: number, branchOf: (i: number) => string = () => "B0") {
  return Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    return {
      id: `M${String(i).padStart(3, "0")}`,
      name: `党员${i}`,
      unitId: "U1",
      branchId: branchOf(i),
      inService: true,
      cadreCandidateYears: [] as number[],
    };
  });
}

/** A member draw request for organisation ORG-1 in 2019, sampling on 2019-11-01. */
export function request(
  population: MemberDrawRequestInput["population"],
  options: MemberDrawRequestInput["options"] = {},
  seed = DOC_SEED,
): MemberDrawRequestInput {
  return { organisationId: "ORG-1", year: 2019, samplingDate: "2019-11-01", seed, population, options };
}

/** The same list in another order (deterministic, from `seed`). */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
