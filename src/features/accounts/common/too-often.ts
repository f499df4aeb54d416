import type { FastifyReply } from 'fastify';
import { refusal } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { RateLimitRule } from '../../../platform/http/rate-limit.repository.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';

/**
 * Counts one attempt against each limit; over any of them, the refusal the form shows
 * (429, with Retry-After), else null. Counted before the attempt, so a burst of tries at
 * once cannot slip past the count.
 */
export async function tooOften(db: DbOrTx, reply: FastifyReply, checks: readonly [string, RateLimitRule][], now: Date) {
  return (await overRateLimit(db, reply, checks, now)) ? refusal('accounts.rateLimited', { status: 429 }) : null;
}
