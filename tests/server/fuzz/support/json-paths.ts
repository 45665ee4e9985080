/** Where a JSON value has parts, and copies with one part replaced or removed: the body mutations' tools. */

export type JsonPath = readonly (string | number)[];

/** Every place in the value, the root first. */
export function pathsIn(value: unknown, here: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [here];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths.push(...pathsIn(item, [...here, i]));
  } else if (isObject(value))
    for (const [key, item] of Object.entries(value)) paths.push(...pathsIn(item, [...here, key]));
  return paths;
}

export function valueAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((part, key) => (part as Record<string | number, unknown>)?.[key], value);
}

/** A copy with the part at `path` replaced (the root when the path is empty). */
export function withValueAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return copy;
}

/** A copy without the key at the end of `path` (an array item is removed, shifting the rest). */
export function withoutValueAt(value: unknown, path: JsonPath): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = valueAt(copy, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (isObject(parent)) delete parent[key as string];
  return copy;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
