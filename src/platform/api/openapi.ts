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
  /**
   * Who may call it: `public` needs no sign-in, `session` the session cookie. Without it,
   * an operation with a preHandler is `session`, one without is `public`.
   */
  access?: 'public' | 'session';
  /** Statuses the operation can answer beyond those its shape implies (409 conflict, 410 gone, 429 rate limit). */
  errors?: readonly (409 | 410 | 429)[];
}

/** An operation as registered, for the OpenAPI document (`openapi.document.ts`). */
export interface Recorded {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  secured: boolean;
  errors: readonly number[];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The API operations registered so far, shared by every plugin context. */
    apiOperations: Recorded[];
  }
}

export function registryOf(app: FastifyInstance): Recorded[] {
  if (!app.hasDecorator('apiOperations')) app.decorate('apiOperations', []);
  return app.apiOperations;
}

export const problemSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    status: z.number().int(),
    fields: z.record(z.string(), z.object({ code: z.string(), message: z.string() })).optional(),
  }),
});

type Input<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = { params: z.output<P>; query: z.output<Q>; body: z.output<B> };

type Problems = Record<string, { code: string; message: string }>;

/** The problems of one part of the request, each under its place (`query.page`, `body.name`). */
function problemsOf(request: FastifyRequest, part: 'params' | 'query' | 'body', issues: readonly z.core.$ZodIssue[]): Problems {
  const fields: Problems = {};
  for (const issue of issues) {
    // A query parameter the operation does not know is named, never silently ignored.
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
    for (const name of unknown)
      fields[`${part}.${name}`] ??= { code: 'api.query.unsupported', message: request.t('api.query.unsupported', { name }) };
    if (unknown.length > 0) continue;
    const error = fieldErrorOf(issue);
    fields[[part, ...issue.path.map(String)].join('.')] ??= { code: error.code, message: request.t(error.code, error.params) };
  }
  return fields;
}

/**
 * Checks path, query and body against their schemas. A wrong query (an unknown or
 * unsupported parameter, a value it cannot take) is a bad request, 400; a wrong path or
 * body, 422.
 */
function parseInput(
  request: FastifyRequest,
  op: Recorded,
): { ok: true; value: Record<string, unknown> } | { ok: false; status: 400 | 422; fields: Problems } {
  const value: Record<string, unknown> = {};
  let fields: Problems = {};
  let status: 400 | 422 = 422;
  for (const part of ['params', 'query', 'body'] as const) {
    const schema = op[part];
    if (schema === undefined) continue;
    const parsed = schema.safeParse(request[part] ?? {});
    if (parsed.success) value[part] = parsed.data;
    else {
      fields = { ...fields, ...problemsOf(request, part, parsed.error.issues) };
      if (part === 'query') status = 400;
    }
  }
  return Object.keys(fields).length > 0 ? { ok: false, status, fields } : { ok: true, value };
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
  const secured = (op.access ?? ((op.preHandler?.length ?? 0) > 0 ? 'session' : 'public')) === 'session';
  const recorded: Recorded = { ...op, secured, errors: op.errors ?? [] };
  registryOf(app).push(recorded);
  app.route({
    method: op.method.toUpperCase(),
    url: op.path.replace(/\{(\w+)\}/g, ':$1'),
    preHandler: op.preHandler ?? [],
    handler: async (request, reply) => {
      const input = parseInput(request, recorded);
      if (!input.ok) {
        return reply
          .code(input.status)
          .send({ error: { code: 'validation', message: request.t('api.validation'), status: input.status, fields: input.fields } });
      }
      const result = await handler(input.value as Input<P, Q, B>, request, reply);
      // A handler that answered itself (a refusal, a file) has nothing left to serialise.
      if ((result as unknown) === reply || reply.sent) return reply;
      return serialise(request, op.response, result);
    },
  });
}

/**
 * The answer goes out as its documented schema says, no more: fields the schema does not
 * name are dropped, and an answer that breaks it is a bug (500, logged), never silent drift.
 */
function serialise(request: FastifyRequest, schema: z.ZodType, result: unknown): unknown {
  const parsed = schema.safeParse(result);
  if (parsed.success) return parsed.data;
  request.log.error({ issues: parsed.error.issues.slice(0, 5), path: request.routeOptions.url }, 'API answer breaks its documented schema');
  throw new Error('API answer breaks its documented schema');
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

/** The path parameters of every operation under `/api/v1/districts/{district}`. */
export const districtParams = z.object({ district: z.string().max(60) });
