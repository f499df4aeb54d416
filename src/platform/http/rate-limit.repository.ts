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
 * Takes back this attempt's hit, for limits on failures only: counting before the attempt
 * and refunding a success keeps the count exact when many attempts arrive at once.
 */
export async function refundRateLimit(db: DbOrTx, key: string, rule: RateLimitRule, now: Date): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ hits: sql<number>`hits - 1` })
    .where('key', '=', key)
    .where('window_start', '=', windowOf(rule, now).start.toISOString())
    .execute();
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
