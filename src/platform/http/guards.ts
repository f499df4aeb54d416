import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { hasRole, type Role } from '../auth/roles.rules.ts';
import { safeReturnPath } from './request-context.ts';

/** Thrown by guards and handlers; the error handler renders the matching page. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429,
    readonly code = `error.${statusCode}`,
  ) {
    super(code);
  }
}

function redirectToSignIn(request: FastifyRequest, reply: FastifyReply) {
  if (request.url.startsWith('/api/')) throw new HttpProblem(401);
  // A very long address is not carried along: it would make a header some proxies refuse.
  const back = safeReturnPath(request.url, '');
  return reply.redirect(back === '' ? '/inloggen' : `/inloggen?terug=${encodeURIComponent(back)}`, 303);
}

export const requireUser: preHandlerAsyncHookHandler = async function (request, reply) {
  if (request.user === null) return redirectToSignIn(request, reply);
};

/**
 * Only people holding one of these roles in the district of the URL pass. Being signed
 * in elsewhere is not enough: a coordinator of Oost gets 403 in Overvecht.
 */
export function requireRole(...wanted: Role[]): preHandlerAsyncHookHandler {
  return async function (request, reply) {
    if (request.user === null) return redirectToSignIn(request, reply);
    const district = request.district;
    if (district === null || !hasRole(request.user.roles, wanted, { districtId: district.id })) throw new HttpProblem(403);
  };
}
