import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { districtOf, requireAccess } from '../../../platform/http/guards.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { noAccess, pactAccess, type PactAccess } from './access.rules.ts';

/** What this person may do in the pact of the URL's district. */
export function accessOf(request: FastifyRequest): PactAccess {
  return request.user === null ? noAccess : pactAccess(request.user.roles, districtOf(request).id);
}

export type PactCapability = Exclude<keyof PactAccess, 'organizationId'>;

/** Lets through only people who may do this in the pact of the URL's district; strangers are asked to sign in. */
export function requirePact(capability: PactCapability): preHandlerAsyncHookHandler {
  return requireAccess((user, district) => district !== null && pactAccess(user.roles, district.id)[capability]);
}

/**
 * For a page whose form posts to its own address: those who may `see` it see it (anybody
 * when absent); only those who may `send` the form send it.
 */
export function requirePactToSend(send: PactCapability, see?: PactCapability): preHandlerAsyncHookHandler {
  const sending = requirePact(send);
  const seeing = see === undefined ? undefined : requirePact(see);
  return async function (request, reply) {
    const guard = request.method === 'GET' || request.method === 'HEAD' ? seeing : sending;
    return guard?.call(this, request, reply);
  };
}

/** For a form that acts on the district of the address itself. */
export function loadDistrict(request: FastifyRequest): Promise<District> {
  return Promise.resolve(districtOf(request));
}
