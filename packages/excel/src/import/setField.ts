/** Sets a value at a dot-separated field path, creating the objects on the way. */
export function setField(target: Record<string, unknown>, path: string, value: unknown): void {
  if (!path.includes(".")) {
    target[path] = value;
    return;
  }
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next === "object" && next !== null) {
      node = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1] as string] = value;
}

/** Reads the value at a dot-separated field path. */
export function getField(source: unknown, path: string): unknown {
  return getFieldAt(source, path.split("."));
}

/** Reads the value at a field path split once ahead (a path read for every row need not be split for each). */
export function getFieldAt(source: unknown, parts: readonly string[]): unknown {
  let node = source;
  for (const part of parts) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
