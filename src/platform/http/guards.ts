import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { CurrentUser } from '../auth/current-user.ts';
import { may, type Right } from '../auth/rights.rules.ts';
import { hasRole, type Role } from '../auth/roles.rules.ts';
import type { District } from '../geography/geography.repository.ts';
import { safeReturnPath } from './return-path.ts';

/** Thrown by guards and handlers; the error handler renders the matching page. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429,
    readonly code = `error.${statusCode}`,
  ) {
    super(code);
  }
}

/** The district of a `/:district/…` route (resolved before the handler runs). */
export function districtOf(request: FastifyRequest): District {
  if (request.district === null) throw new HttpProblem(404);
  return request.district;
}

/** The signed-in person; routes that need one are guarded, so this only fails on a wiring mistake. */
export function userOf(request: FastifyRequest): CurrentUser {
  if (request.user === null) throw new HttpProblem(401);
  return request.user;
}

/** Pages send a stranger to sign in and back; the API answers 401. */
function redirectToSignIn(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (request.url.startsWith('/api/')) throw new HttpProblem(401);
  // A very long address is not carried along: it would make a header some proxies refuse.
  const back = safeReturnPath(request.url, '');
  return reply.redirect(back === '' ? '/inloggen' : `/inloggen?terug=${encodeURIComponent(back)}`, 303);
}

export const requireUser: preHandlerAsyncHookHandler = async function (request, reply) {
  if (request.user === null) return redirectToSignIn(request, reply);
};

/**
 * Lets through only signed-in people for whom `allowed` holds (it sees the district of the
 * URL); strangers are asked to sign in, others get 403.
 */
export function requireAccess(
  allowed: (user: CurrentUser, district: District | null, request: FastifyRequest) => boolean,
): preHandlerAsyncHookHandler {
  return async function (request, reply) {
    if (request.user === null) return redirectToSignIn(request, reply);
    if (!allowed(request.user, request.district, request)) throw new HttpProblem(403);
  };
}

/**
 * Only people holding one of these roles in the district of the URL pass. Being signed
 * in elsewhere is not enough: a coordinator of Oost gets 403 in Overvecht.
 */
export function requireRole(...wanted: Role[]): preHandlerAsyncHookHandler {
  return requireAccess((user, district) => district !== null && hasRole(user.roles, wanted, { districtId: district.id }));
}

/**
 * Only people whose role or function gives this right in the district of the URL pass
 * (`rights.rules.ts`): the function the seeds name for a task, and no other.
 */
export function requireRight(right: Right): preHandlerAsyncHookHandler {
  return requireAccess((user, district) => district !== null && may(user.roles, right, { districtId: district.id }));
}

/**
 * The notice a redirect asked for (`?melding=…`), in words; only known ones, so a link
 * cannot put arbitrary words on a page.
 */
export function noticeOf(request: FastifyRequest, prefix: string, known: readonly string[]): string | undefined {
  const melding = (request.query as { melding?: unknown } | undefined)?.melding;
  return typeof melding === 'string' && known.includes(melding) ? request.t(`${prefix}.${melding}`) : undefined;
}
