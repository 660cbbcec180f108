/**
 * The first index in `[0, length)` at which `isPast(index)` holds, or `length`
 * when it never does, for a predicate that is false and then true along the
 * range (a sorted list read from the start). A binary search: log₂(length)
 * calls, so a lookup in a sorted history stays cheap however long it grows.
 */
export function firstIndexWhere(length: number, isPast: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
