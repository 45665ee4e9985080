/**
 * The two helpers a set of fields over one values object needs: a setter per field, and a field's
 * problem as words. Shared by the item and the profile field sets.
 */

/** `set('name')(value)` hands the whole values object, with that one field changed, to `onValues`. */
export function fieldSetter<V extends object>(values: V, onValues: (values: V) => void) {
  return <K extends keyof V>(field: K) =>
    (value: V[K]) =>
      onValues({ ...values, [field]: value });
}

/** `problem('name')` is the field's problem in words, or null; `say` turns a message key into words. */
export function problemSayer<P extends string, K>(
  problems: Partial<Record<P, K>>,
  say: (key: K) => string,
): (field: P) => string | null {
  return (field) => {
    const key = problems[field];
    return key === undefined ? null : say(key);
  };
}
