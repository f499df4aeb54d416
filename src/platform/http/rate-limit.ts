import { sql } from 'kysely';
import type { DbOrTx } from '../db/schema.ts';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts hits per key in fixed windows, in the database, so several app instances share
 * one count and a restart does not reset it.
 */
export async function hitRateLimit(db: DbOrTx, key: string, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const window = windowOf(rule, now);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: window.start.toISOString(), hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql<number>`rate_limits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits <= rule.limit ? { allowed: true } : refused(window, now);
}

/**
 * Whether one more hit would go over the limit, without counting one: for limits that count
 * only failures, checked before the attempt and hit after it fails.
 */
export async function peekRateLimit(db: DbOrTx, key: string, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const window = windowOf(rule, now);
  const row = await db
    .selectFrom('rate_limits')
    .select('hits')
    .where('key', '=', key)
    .where('window_start', '=', window.start.toISOString())
    .executeTakeFirst();
  return (row?.hits ?? 0) < rule.limit ? { allowed: true } : refused(window, now);
}

export async function deleteOldRateLimits(db: DbOrTx, before: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before.toISOString()).execute();
}

interface Window {
  start: Date;
  ms: number;
}

function windowOf(rule: RateLimitRule, now: Date): Window {
  const ms = rule.windowSeconds * 1000;
  return { start: new Date(Math.floor(now.getTime() / ms) * ms), ms };
}

function refused(window: Window, now: Date): RateLimitResult {
  return { allowed: false, retryAfterSeconds: Math.ceil((window.start.getTime() + window.ms - now.getTime()) / 1000) };
}
