/**
 * Counts property reads on objects, to test how much work an algorithm does
 * without timing it: a quadratic scan reads each record once per other record,
 * an indexed lookup a few times in all.
 */
export class ReadCounter {
  reads = 0;

  /** A view of `target` that counts every property read. */
  watch<T extends object>(target: T): T {
    return new Proxy(target, {
      get: (object, key, receiver) => {
        this.reads++;
        return Reflect.get(object, key, receiver);
      },
    });
  }

  /** Each item of a list watched. */
  watchEach<T extends object>(items: readonly T[]): T[] {
    return items.map((item) => this.watch(item));
  }
}
