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

/**
 * `bind('unit')` is what a field over one value takes besides its words: the value, its setter and
 * its problem, so a field set writes each field once (`<TextField label=… {...bind('unit')} />`).
 */
export function fieldBinder<V extends object, P extends string>(
  values: V,
  onValues: (values: V) => void,
  problem: (field: P) => string | null,
) {
  const set = fieldSetter(values, onValues);
  return <K extends keyof V & P>(field: K) => ({ value: values[field], onValue: set(field), problem: problem(field) });
}
