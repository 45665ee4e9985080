/**
 * Walks what a client may send, as the OpenAPI document describes it (parameters, request bodies
 * and the op schema pushes carry), and lists every string, array or free-form object without a limit.
 */

type Schema = Record<string, unknown>;

interface Operation {
  readonly parameters?: readonly { in: string; name: string; schema?: Schema }[];
  readonly requestBody?: { content: Record<string, { schema?: Schema }> };
  readonly responses?: Record<string, unknown>;
  readonly [extension: `x-${string}`]: unknown;
}

export interface OpenApiDocument {
  openapi: string;
  info: { version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Walk {
  /** Every string and array reached, by where it is. */
  readonly visited: string[];
  /** Those with no bound. */
  readonly unbounded: string[];
}

export function walkRequestSchemas(document: OpenApiDocument): Walk {
  const walk: Walk = { visited: [], unbounded: [] };
  const components = document.components?.schemas ?? {};
  const visit = (schema: Schema | undefined, where: string, refs: ReadonlySet<string>): void => {
    if (!schema) return;
    const ref = schema.$ref;
    if (typeof ref === 'string') {
      const name = ref.replace('#/components/schemas/', '');
      if (!refs.has(name)) visit(components[name], `${where}→${name}`, new Set([...refs, name]));
      return;
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const options = schema[key];
      if (!Array.isArray(options)) continue;
      for (const [i, option] of options.entries()) visit(option as Schema, `${where}|${i}`, refs);
    }
    const types = [schema.type].flat();
    const bounded = (keyword: string) => typeof schema[keyword] === 'number';
    if (types.includes('string')) {
      walk.visited.push(where);
      if (!bounded('maxLength') && !Array.isArray(schema.enum) && !('const' in schema)) walk.unbounded.push(where);
    }
    if (types.includes('array') || schema.items !== undefined) {
      walk.visited.push(where);
      if (!bounded('maxItems')) walk.unbounded.push(`${where} (array)`);
      visit(schema.items as Schema | undefined, `${where}[]`, refs);
    }
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [name, property] of Object.entries(properties)) visit(property, `${where}.${name}`, refs);
    const extra = schema.additionalProperties;
    if (typeof extra === 'object' && extra !== null) {
      if (!bounded('maxProperties')) walk.unbounded.push(`${where} (free-form keys)`);
      visit(extra as Schema, `${where}.*`, refs);
      visit(schema.propertyNames as Schema | undefined, `${where} (key)`, refs);
    }
  };

  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const route = `${method.toUpperCase()} ${path}`;
      for (const parameter of operation.parameters ?? [])
        visit(parameter.schema, `${route} ${parameter.in}.${parameter.name}`, new Set());
      for (const [type, content] of Object.entries(operation.requestBody?.content ?? {}))
        visit(content.schema, `${route} body (${type})`, new Set());
    }
  }
  // A push's body lists ops as opaque items (each is validated on its own); the Op schema says what they are.
  visit(components.OpInput, 'pushed op', new Set(['OpInput']));
  return walk;
}
