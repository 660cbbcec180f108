import type { CommunityEvent } from "../model/communityEvent";
import { type Dated, datedAndSorted } from "./memberContext";

/** A list of events as last dated and sorted: the events, in order, and the result. */
interface Made {
  events: readonly CommunityEvent[];
  dated: readonly Dated<CommunityEvent>[];
}

/**
 * The lists made, by their first event: the members of one community each get
 * a list of their own, of the same event objects; a member who moved gets two
 * communities' events one after the other, so one first event starts a few lists.
 */
const madeByFirstEvent = new WeakMap<CommunityEvent, Made[]>();
/** The most lists kept that start with one event, the latest made first. */
const LISTS_A_FIRST_EVENT = 8;

function sameItems(a: readonly CommunityEvent[], b: readonly CommunityEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A member's community events dated and sorted by (day, id), for
 * `M-FOUR-MUSTS`. Every member of a community sees that community's events:
 * `groupByMember` gives each member a list of their own holding the same
 * event objects, and dating and sorting each member's couple of hundred
 * events again was 1.4 s of a 100k-member run (docs/performance.md, "The
 * four musts' events sorted once"). So a list made of the same events, in
 * the same order, as one done before gets that one's result back. Only when
 * every event is frozen (as records from `checkRecord` are): another could
 * have had its date changed since. The list returned may be shared: read it,
 * don't change it.
 */
export function datedEvents(events: readonly CommunityEvent[]): readonly Dated<CommunityEvent>[] {
  const first = events[0];
  if (first === undefined) return [];
  let made = madeByFirstEvent.get(first);
  if (made !== undefined) for (const one of made) if (sameItems(one.events, events)) return one.dated;
  const dated = datedAndSorted(events, (e) => e.date);
  if (events.every(Object.isFrozen)) {
    for (const item of dated) Object.freeze(item);
    if (made === undefined) {
      made = [];
      madeByFirstEvent.set(first, made);
    }
    made.unshift({ events: events.slice(), dated: Object.freeze(dated) });
    if (made.length > LISTS_A_FIRST_EVENT) made.pop();
  }
  return dated;
}
