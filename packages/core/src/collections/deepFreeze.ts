/**
 * Freezes a value and everything it holds, once, where it is defined: the
 * library's shared tables (editions, the rule catalogue, citations) cannot
 * then be changed by one caller for every later call. Writing to a frozen
 * object throws in strict mode (every ES module), so a mistake shows at once.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value;
}

const sealed = new WeakSet<object>();

/** A `Map` that cannot be changed after it is built (`set`, `delete` and `clear` throw). */
export class ReadOnlyMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super(entries);
    sealed.add(this);
    Object.freeze(this);
  }

  override set(key: K, value: V): this {
    if (sealed.has(this)) throw new TypeError("This map is read-only");
    return super.set(key, value);
  }

  override delete(): boolean {
    throw new TypeError("This map is read-only");
  }

  override clear(): void {
    throw new TypeError("This map is read-only");
  }
}
