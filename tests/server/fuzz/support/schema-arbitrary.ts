/**
 * Valid values for a JSON Schema as the OpenAPI document writes it ($ref, oneOf/anyOf, const, enum,
 * patterns, bounds), as fast-check arbitraries: the well-formed bodies the fuzz cases then break.
 */
import fc from 'fast-check';

export type Schema = Record<string, unknown>;
export type Components = Readonly<Record<string, Schema>>;

/** Plain letters only, so a generated text is already clean (trimmed, no controls, NFC). */
const LETTERS = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');

export function resolve(schema: Schema, components: Components): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const found = components[ref.replace('#/components/schemas/', '')];
  if (!found) throw new Error(`unknown schema ${ref}`);
  return resolve(found, components);
}

export function validValue(raw: Schema, components: Components): fc.Arbitrary<unknown> {
  const schema = resolve(raw, components);
  const options = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (options) return fc.oneof(...options.map((option) => validValue(option, components)));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const type = [schema.type].flat()[0];
  const number = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  switch (type) {
    case 'string': {
      const max = number('maxLength') ?? 40;
      if (typeof schema.pattern === 'string') {
        const min = number('minLength') ?? 0;
        return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => {
          const length = [...text].length;
          return length >= min && length <= max;
        });
      }
      return fc.string({
        unit: LETTERS,
        minLength: Math.max(1, number('minLength') ?? 1),
        maxLength: Math.min(max, 12),
      });
    }
    case 'integer': {
      const exclusive = number('exclusiveMinimum');
      const min = exclusive !== undefined ? exclusive + 1 : (number('minimum') ?? -1000);
      return fc.integer({ min, max: Math.min(number('maximum') ?? min + 100_000, Number.MAX_SAFE_INTEGER) });
    }
    case 'number':
      return fc.double({ min: number('minimum') ?? -1e6, max: number('maximum') ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = (schema.items ?? {}) as Schema;
      const minLength = number('minItems') ?? 0;
      return fc.array(validValue(items, components), {
        minLength,
        maxLength: Math.min(number('maxItems') ?? 3, minLength + 3),
      });
    }
    case 'object':
    case undefined: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (Object.keys(properties).length === 0) return fc.constant({});
      const record = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, validValue(property, components)]),
      );
      return fc.record(record, { requiredKeys: (schema.required ?? []) as string[] });
    }
    default:
      throw new Error(`no generator for schema type ${String(type)}`);
  }
}
