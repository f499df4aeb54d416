import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { problemSchema, registryOf, type Recorded } from './openapi.ts';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): unknown[] {
  if (schema === undefined) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

const isWrite = (op: Recorded) => op.method !== 'get';

const csrfHeader = {
  name: 'x-csrf-token',
  in: 'header',
  required: true,
  description: 'Every write needs the token of GET /api/v1/csrf-token (it also sets the cookie the token belongs to).',
  schema: { type: 'string' },
};

const statusText: Record<number, string> = {
  400: 'A query parameter is unknown, not supported, or has a value it cannot take; the problem names each',
  401: 'Not signed in',
  403: 'Signed in, but without the role or district this needs (or no valid CSRF token)',
  404: 'No such district or object',
  409: 'The object changed meanwhile, or its state does not allow this',
  410: 'The link was used or has expired',
  413: 'The body is too large',
  415: 'The body is not JSON',
  422: 'The input breaks a rule; the problem names each field',
  429: 'Too many attempts; try again later',
};

/** The statuses an operation can answer, from its shape and what it declares. */
function errorStatuses(op: Recorded): number[] {
  const statuses = new Set<number>(op.errors);
  if (op.secured) [401, 403].forEach((s) => statuses.add(s));
  if (isWrite(op)) statuses.add(403); // a missing or wrong CSRF token
  // A write on an existing object meets it in some state: it may have moved on meanwhile.
  if (isWrite(op) && /\{(?!district\})\w+\}/.test(op.path)) statuses.add(409);
  if (op.params !== undefined) [404, 422].forEach((s) => statuses.add(s));
  if (op.query !== undefined) statuses.add(400);
  if (op.body !== undefined) [413, 415, 422].forEach((s) => statuses.add(s));
  return [...statuses].sort();
}

function operationDocument(op: Recorded): Record<string, unknown> {
  const problem = (status: number) => ({
    description: statusText[status] ?? 'Problem',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
  return {
    summary: op.summary,
    tags: [op.tag],
    operationId: `${op.method}${op.path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query'), ...(isWrite(op) ? [csrfHeader] : [])],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    security: op.secured ? [{ session: [] }] : [],
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: jsonSchema(op.response, 'output') } } },
      ...Object.fromEntries(errorStatuses(op).map((status) => [String(status), problem(status)])),
    },
  };
}

export function openApiDocument(
  app: FastifyInstance,
  info: { title: string; version: string; serverUrl: string },
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const tags = new Set<string>();
  for (const op of registryOf(app)) {
    (paths[op.path] ??= {})[op.method] = operationDocument(op);
    tags.add(op.tag);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: info.version,
      description:
        'The JSON API of Wijkportaal. Public operations need no sign-in; the others need the session cookie of a signed-in person.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: info.serverUrl }],
    tags: [...tags].sort().map((name) => ({ name, description: `Operations of ${name}.` })),
    paths,
    components: {
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'wp_session',
          description: 'Session cookie of a signed-in person; writes also need the x-csrf-token header.',
        },
      },
    },
  };
}
