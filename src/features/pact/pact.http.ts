import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { District } from '../../platform/geography/geography.repository.ts';
import type { FieldErrors } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { noAccess, pactAccess, type PactAccess } from './access.rules.ts';

export function districtOf(request: FastifyRequest): District {
  if (request.district === null) throw new HttpProblem(404);
  return request.district;
}

export function accessOf(request: FastifyRequest): PactAccess {
  const district = districtOf(request);
  return request.user === null ? noAccess : pactAccess(request.user.roles, district.id);
}

/** Lets through only people who may do this in the district of the URL; others are asked to sign in, or refused. */
export function requirePact(capability: Exclude<keyof PactAccess, 'organizationId'>): preHandlerAsyncHookHandler {
  return async function (request, reply) {
    if (request.user === null) {
      if (request.url.startsWith('/api/')) throw new HttpProblem(401);
      return reply.redirect(`/inloggen?terug=${encodeURIComponent(request.url)}`, 303);
    }
    if (!accessOf(request)[capability]) throw new HttpProblem(403);
  };
}

/** The API's answer to a refused command: the same shape as a validation problem. */
export function apiRefusal(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, status: 409 | 422 = 422): never {
  const fields = Object.fromEntries(
    Object.entries(errors).map(([name, e]) => [`body.${name}`, { code: e.code, message: request.t(e.code, e.params) }]),
  );
  return reply.code(status).send({ error: { code: 'validation', message: request.t('api.validation'), status, fields } }) as never;
}

/** Known notices only, so a link cannot put arbitrary words on a page. */
export function noticeOf(request: { query: unknown; t: (key: string) => string }, known: readonly string[]): string | undefined {
  const melding = (request.query as { melding?: unknown } | undefined)?.melding;
  return typeof melding === 'string' && known.includes(melding) ? request.t(`pact.notice.${melding}`) : undefined;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; status?: 409 | 422 };

export function refused<T>(field: string, code: string, status: 409 | 422 = 422): Outcome<T> {
  return { ok: false, errors: { [field]: { code } }, status };
}

export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
