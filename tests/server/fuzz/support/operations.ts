/**
 * The operations the fuzz suite walks, read from the server's OpenAPI document: method, path,
 * who may call it (`x-access`), its body limit, parameters and body schema, and a validator that
 * says whether a body or query is one the document allows.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { OpenApiDocument } from '../../support/openapi-walk.js';
import type { Components, Schema } from './schema-arbitrary.js';

export type Access = 'public' | readonly ('kiosk' | 'display' | 'staff' | 'admin')[];

export interface Parameter {
  readonly name: string;
  readonly schema: Schema;
  readonly required: boolean;
}

export interface FuzzOperation {
  /** "POST /api/staff/{id}", as the document names it. */
  readonly name: string;
  readonly method: string;
  readonly openApiPath: string;
  readonly access: Access;
  readonly bodySchema: Schema | undefined;
  readonly bodyLimit: number | undefined;
  readonly pathParameters: readonly Parameter[];
  readonly queryParameters: readonly Parameter[];
  /** Whether the document allows this body (a push's ops checked against the Op schema). */
  readonly bodyAllowed: (body: unknown) => boolean;
  /** Whether the document allows these query values (strings, coerced as the server coerces). */
  readonly queryAllowed: (query: Record<string, unknown>) => boolean;
}

interface DocumentOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  'x-access': Access;
  'x-body-limit'?: number;
}

export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  const components = (document.components?.schemas ?? {}) as Components;
  // The document is JSON Schema 2020-12 with OpenAPI's words beside it (description, examples).
  const options = { strict: false, validateFormats: false, allErrors: false } as const;
  const bodies = new Ajv2020(options);
  // Query values arrive as text: coerced to numbers as z.coerce does, a repeated name is an array.
  const queries = new Ajv2020({ ...options, coerceTypes: true });
  const withComponents = (schema: Schema) => ({ ...schema, components: { schemas: components } });
  return Object.entries(document.paths).flatMap(([openApiPath, methods]) =>
    Object.entries(methods as unknown as Record<string, DocumentOperation>).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const pick = (where: string) =>
        parameters
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, schema: p.schema, required: p.required === true }));
      const queryParameters = pick('query');
      let bodySchema = operation.requestBody?.content['application/json']?.schema;
      // A push lists its ops as opaque items (each is checked on its own); for the fuzz they are Ops.
      if (bodySchema && openApiPath === '/api/sync/push') bodySchema = pushWithOps(components);
      const body = bodySchema ? bodies.compile(withComponents(bodySchema)) : undefined;
      const query = queries.compile({
        type: 'object',
        properties: Object.fromEntries(queryParameters.map((p) => [p.name, p.schema])),
        required: queryParameters.filter((p) => p.required).map((p) => p.name),
      });
      return {
        name: `${method.toUpperCase()} ${openApiPath}`,
        method: method.toUpperCase(),
        openApiPath,
        access: operation['x-access'],
        bodySchema,
        bodyLimit: operation['x-body-limit'],
        pathParameters: pick('path'),
        queryParameters,
        bodyAllowed: (value: unknown) => (body ? body(structuredClone(value)) : false),
        queryAllowed: (values: Record<string, unknown>) => query(structuredClone(values)),
      };
    }),
  );
}

function pushWithOps(components: Components): Schema {
  const envelope = components.PushRequestInput as { properties: Record<string, Schema> } & Schema;
  const ops = envelope.properties.ops as Schema;
  return {
    ...envelope,
    properties: { ...envelope.properties, ops: { ...ops, items: { $ref: '#/components/schemas/OpInput' } } },
  };
}
