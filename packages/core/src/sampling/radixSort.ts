const SMALL = 4096;

/**
 * Stable LSD radix sort of `items` (indexes) by 16-bit digits, most
 * significant first: `digits[d][item]` is digit `d` of `item`. Linear in the
 * number of items, which is what lets a million-member draw sort in time.
 */
export function radixSort(items: Uint32Array, digits: readonly Uint16Array[]): Uint32Array {
  // Below a few thousand items the 65,536 counters cost more than a comparison sort (also stable).
  if (items.length < SMALL) {
    return Uint32Array.from(
      Array.from(items).sort((a, b) => {
        for (let d = 0; d < digits.length; d++) {
          const digit = digits[d] as Uint16Array;
          const diff = (digit[a] as number) - (digit[b] as number);
          if (diff !== 0) return diff;
        }
        return 0;
      }),
    );
  }
  let from = Uint32Array.from(items);
  let to = new Uint32Array(items.length);
  const count = new Uint32Array(0x10000);
  for (let d = digits.length - 1; d >= 0; d--) {
    const digit = digits[d] as Uint16Array;
    count.fill(0);
    for (let k = 0; k < from.length; k++) {
      const v = digit[from[k] as number] as number;
      count[v] = (count[v] as number) + 1;
    }
    let sum = 0;
    for (let v = 0; v < 0x10000; v++) {
      const c = count[v] as number;
      count[v] = sum;
      sum += c;
    }
    for (let k = 0; k < from.length; k++) {
      const item = from[k] as number;
      const v = digit[item] as number;
      to[count[v] as number] = item;
      count[v] = (count[v] as number) + 1;
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * After {@link radixSort}, re-sorts every run of items whose digits are all
 * equal by `compare`, which looks at what the digits did not cover.
 */
export function sortEqualRuns(
  sorted: Uint32Array,
  digits: readonly Uint16Array[],
  compare: (a: number, b: number) => number,
): void {
  const sameDigits = (a: number, b: number) => {
    for (let d = 0; d < digits.length; d++) {
      const digit = digits[d] as Uint16Array;
      if (digit[a] !== digit[b]) return false;
    }
    return true;
  };
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sameDigits(sorted[start] as number, sorted[end] as number)) end++;
    if (end - start > 1) sorted.set(Array.from(sorted.subarray(start, end)).sort(compare), start);
    start = end;
  }
}
