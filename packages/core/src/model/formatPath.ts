/** `a.b[3].c` from a field path, as zod and io-ts issues both report it; `(root)` for the value itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (text, key) =>
        typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
      "",
    ) || "(root)"
  );
}
