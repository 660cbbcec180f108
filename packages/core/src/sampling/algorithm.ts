import { deepFreeze } from "../collections/deepFreeze";

/**
 * The name and version every draw records. The version changes whenever any
 * step of `docs/sampling.md` changes (rank function, population hash,
 * apportionment, tie-breaks), so that an old draw is replayed by the rules it
 * was drawn with, never silently by new ones.
 */
export const SAMPLING_ALGORITHM = deepFreeze({
  name: "shuangbaodao-sha256-lowest-rank",
  version: "1",
} as const);

export interface AlgorithmRef {
  name: string;
  version: string;
}
