import type { FastifyReply } from 'fastify';
import type { DbOrTx } from '../db/schema.ts';
import { hitRateLimit, peekRateLimit, type RateLimitRule } from './rate-limit.ts';

/** A key and its rule; `peek` checks a count of failures without counting this attempt. */
type RateLimitCheck = readonly [key: string, rule: RateLimitRule, mode?: 'hit' | 'peek'];

/**
 * Counts one attempt against each key; when any is over its limit, sets Retry-After and
 * returns true, so the route can show its own form with a clear message.
 */
export async function overRateLimit(db: DbOrTx, reply: FastifyReply, checks: readonly RateLimitCheck[], now: Date): Promise<boolean> {
  let retryAfter = 0;
  for (const [key, rule, mode = 'hit'] of checks) {
    const result = await (mode === 'hit' ? hitRateLimit : peekRateLimit)(db, key, rule, now);
    if (!result.allowed) retryAfter = Math.max(retryAfter, result.retryAfterSeconds);
  }
  if (retryAfter > 0) reply.header('retry-after', String(retryAfter));
  return retryAfter > 0;
}
