/** Dotted paths of the leaves of a plain object (arrays are leaves): `{a:{b:1}}` → `["a.b"]`. */
export function leafPaths(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return child !== null && typeof child === "object" && !Array.isArray(child)
      ? leafPaths(child, path)
      : [path];
  });
}

/** The value at a dotted path. */
export function valueAt(value: object, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

/** Sets the value at a dotted path, creating nothing: every parent must exist. */
export function setValueAt(target: object, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    target as Record<string, unknown>,
  );
  parent[last] = value;
}
