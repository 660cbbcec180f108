import { ReadOnlyMap } from "../collections/deepFreeze";
import type { Edition } from "./edition";
import { zhengzhou2019 } from "./zhengzhou2019";
import { zhengzhou2019HealthCommission } from "./zhengzhou2019HealthCommission";

/** The editions this package ships, by id. */
export const EDITIONS: ReadonlyMap<string, Edition> = new ReadOnlyMap(
  [zhengzhou2019, zhengzhou2019HealthCommission].map((edition) => [edition.id, edition]),
);

/** A shipped edition by id; throws with the list of known ids when there is none. */
export function getEdition(id: string): Edition {
  const edition = EDITIONS.get(id);
  if (!edition) {
    throw new RangeError(`Unknown edition ${JSON.stringify(id)}; known: ${[...EDITIONS.keys()].join(", ")}`);
  }
  return edition;
}
