import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';

/** A public form: per address for visitors; per person, more generously, for whoever writes questions down at a walk-in point. */
const askLimits = {
  perAddress: { limit: 10, windowSeconds: 900 },
  perRecorder: { limit: 60, windowSeconds: 900 },
} as const;

/** Counts this ask (page or API) and tells whether it is one too many. */
export function tooManyAsks(deps: AppDeps, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const check =
    request.user === null
      ? ([`questions:ask:ip:${request.ip}`, askLimits.perAddress] as const)
      : ([`questions:ask:user:${request.user.id}`, askLimits.perRecorder] as const);
  return overRateLimit(deps.database.db, reply, [[check[0], check[1]]], deps.clock.now());
}
