/**
 * A copy of `value` without the keys at `paths` (each the path of the key
 * itself), copying only the objects and arrays on the way there; the input is
 * never changed. Inherited keys are copied as own ones, as a schema reads them.
 */
export function withoutKeys(value: unknown, paths: readonly (readonly PropertyKey[])[]): unknown {
  const root = { value };
  const copied = new Set<object>();
  for (const path of paths) {
    let parent: Record<PropertyKey, unknown> = root;
    let key: PropertyKey = "value";
    for (const step of path) {
      let child = parent[key];
      if (typeof child !== "object" || child === null) break;
      if (!copied.has(child)) {
        child = copyOf(child);
        copied.add(child as object);
        parent[key] = child;
      }
      parent = child as Record<PropertyKey, unknown>;
      key = step;
    }
    delete parent[key];
  }
  return root.value;
}

function copyOf(value: object): object {
  if (Array.isArray(value)) return [...value];
  const copy: Record<string, unknown> = {};
  // for…in, as the schemas read keys: inherited enumerable keys included.
  for (const key in value) copy[key] = (value as Record<string, unknown>)[key];
  return copy;
}
