import type { FastifyReply } from 'fastify';
import type { DbOrTx } from '../db/schema.ts';
import { hitRateLimit, type RateLimitRule } from './rate-limit.repository.ts';

/**
 * Counts one attempt against each key; when any is over its limit, sets Retry-After and
 * returns true, so the route can show its own form with a clear message.
 */
export async function overRateLimit(
  db: DbOrTx,
  reply: FastifyReply,
  checks: readonly [string, RateLimitRule][],
  now: Date,
): Promise<boolean> {
  let retryAfter = 0;
  for (const [key, rule] of checks) {
    const result = await hitRateLimit(db, key, rule, now);
    if (!result.allowed) retryAfter = Math.max(retryAfter, result.retryAfterSeconds);
  }
  if (retryAfter > 0) reply.header('retry-after', String(retryAfter));
  return retryAfter > 0;
}
