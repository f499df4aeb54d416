import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { Refusal } from '../actions/outcome.ts';
import { fieldErrorOf } from '../http/forms.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ApiOperation<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType> {
  method: Method;
  /** OpenAPI style, e.g. `/api/v1/districts/{district}`. */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Extra checks (role, district) before the handler. */
  preHandler?: preHandlerAsyncHookHandler[];
}

interface Recorded {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  secured: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The API operations registered so far, shared by every plugin context. */
    apiOperations: Recorded[];
  }
}

function registryOf(app: FastifyInstance): Recorded[] {
  if (!app.hasDecorator('apiOperations')) app.decorate('apiOperations', []);
  return app.apiOperations;
}

const problemSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    status: z.number().int(),
    fields: z.record(z.string(), z.object({ code: z.string(), message: z.string() })).optional(),
  }),
});

type Input<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = { params: z.output<P>; query: z.output<Q>; body: z.output<B> };

function parseInput(
  request: FastifyRequest,
  op: Recorded,
): { ok: true; value: Record<string, unknown> } | { ok: false; fields: Record<string, { code: string; message: string }> } {
  const value: Record<string, unknown> = {};
  const fields: Record<string, { code: string; message: string }> = {};
  for (const part of ['params', 'query', 'body'] as const) {
    const schema = op[part];
    if (schema === undefined) continue;
    const parsed = schema.safeParse(request[part] ?? {});
    if (parsed.success) value[part] = parsed.data;
    else
      for (const issue of parsed.error.issues) {
        const error = fieldErrorOf(issue);
        fields[[part, ...issue.path.map(String)].join('.')] ??= { code: error.code, message: request.t(error.code, error.params) };
      }
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, value };
}

/**
 * Registers a JSON API route whose input is validated by the same zod schemas that the
 * OpenAPI document at /api/openapi.json is generated from, so the two cannot drift.
 */
export function apiRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
  R extends z.ZodType = z.ZodType,
>(
  app: FastifyInstance,
  op: ApiOperation<P, Q, B, R>,
  handler: (input: Input<P, Q, B>, request: FastifyRequest, reply: FastifyReply) => Promise<z.input<R>> | z.input<R>,
): void {
  const recorded: Recorded = { ...op, secured: (op.preHandler?.length ?? 0) > 0 };
  registryOf(app).push(recorded);
  app.route({
    method: op.method.toUpperCase(),
    url: op.path.replace(/\{(\w+)\}/g, ':$1'),
    preHandler: op.preHandler ?? [],
    handler: async (request, reply) => {
      const input = parseInput(request, recorded);
      if (!input.ok) {
        return reply
          .code(422)
          .send({ error: { code: 'validation', message: request.t('api.validation'), status: 422, fields: input.fields } });
      }
      return handler(input.value as Input<P, Q, B>, request, reply);
    },
  });
}

/** The API's answer to a refused action: the same problem shape as invalid input, with the refusal's status. */
export function sendRefusal(request: FastifyRequest, reply: FastifyReply, refusal: Refusal): FastifyReply {
  const fields = Object.fromEntries(
    Object.entries(refusal.errors).map(([name, e]) => [
      name === '_form' ? name : `body.${name}`,
      { code: e.code, message: request.t(e.code, e.params) },
    ]),
  );
  return reply
    .code(refusal.status)
    .send({ error: { code: 'validation', message: request.t('api.validation'), status: refusal.status, fields } });
}

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

function operationDocument(op: Recorded): Record<string, unknown> {
  const problem = { description: 'Problem', content: { 'application/json': { schema: jsonSchema(problemSchema, 'output') } } };
  return {
    summary: op.summary,
    tags: [op.tag],
    operationId: `${op.method}${op.path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query')],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    ...(op.secured ? { security: [{ session: [] }] } : {}),
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: jsonSchema(op.response, 'output') } } },
      '401': problem,
      '403': problem,
      '404': problem,
      '422': problem,
    },
  };
}

export function openApiDocument(
  app: FastifyInstance,
  info: { title: string; version: string; serverUrl: string },
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of registryOf(app)) (paths[op.path] ??= {})[op.method] = operationDocument(op);
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' } },
    servers: [{ url: info.serverUrl }],
    paths,
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'wp_session',
          description: 'Session cookie; writes also need the x-csrf-token header.',
        },
      },
    },
  };
}
