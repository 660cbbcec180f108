import type { Dataset } from "../model/dataset";
import type { MemberDrawRequestInput } from "../sampling/memberDrawRequest";

/**
 * The members of one unit as a spot-check population (M-SPOTCHECK-20). Who is
 * in scope on the sampling date is the draw's business: it reads `inService`
 * and `inScopeFrom`.
 */
export function spotCheckPopulation(
  dataset: Pick<Dataset, "members">,
  unitId: string,
): MemberDrawRequestInput["population"] {
  return dataset.members
    .filter((m) => m.unitId === unitId)
    .map((m) => ({
      id: m.id,
      ...(m.branchId !== undefined && { branchId: m.branchId }),
      inService: m.inService,
      ...(m.inScopeFrom !== undefined && { inScopeFrom: m.inScopeFrom }),
    }));
}
