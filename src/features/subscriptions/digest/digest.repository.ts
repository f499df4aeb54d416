import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Frequency } from './digest.rules.ts';

export interface DueSubscriber {
  id: string;
  districtId: string;
  buurtId: string | null;
  email: string;
  lang: string;
}

/** Active subscriptions of a frequency that have no digest for the period yet, in id order from `afterId`. */
export async function dueSubscribers(
  db: DbOrTx,
  frequency: Frequency,
  period: string,
  afterId: string,
  limit: number,
): Promise<DueSubscriber[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .select(['id', 'district_id', 'buurt_id', 'email', 'lang'])
    .where('status', '=', 'active')
    .where('frequency', '=', frequency)
    .where('id', '>', afterId)
    .where((eb) => eb.or([eb('last_period', 'is', null), eb('last_period', '<>', period)]))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, districtId: r.district_id, buurtId: r.buurt_id, email: r.email, lang: r.lang }));
}

/**
 * Marks the period as done for those of `ids` that still lack it, and answers which: the
 * mark and the mails are in one transaction, so a digest is made once per period per
 * subscriber, across restarts and instances (another instance's claim waits, then finds none).
 */
export async function claimPeriod(trx: DbOrTx, ids: readonly string[], period: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx
    .updateTable('subscriptions')
    .set({ last_period: period })
    .where('id', 'in', [...ids])
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('last_period', 'is', null), eb('last_period', '<>', period)]))
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}
