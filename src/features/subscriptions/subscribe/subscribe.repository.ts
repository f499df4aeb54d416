import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { addressKey } from '../../../platform/mail/opt-outs.ts';
import type { Frequency } from '../digest/digest.rules.ts';

export interface PendingSubscription {
  id: string;
  districtId: string;
  email: string;
  status: string;
  createdAt: string;
}

export async function insertPending(
  db: DbOrTx,
  s: { districtId: string; buurtId: string | null; email: string; frequency: Frequency; lang: string; tokenHash: string; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('subscriptions')
    .values({
      id,
      district_id: s.districtId,
      buurt_id: s.buurtId,
      email: s.email.trim().toLowerCase(),
      address_key: addressKey(s.email),
      frequency: s.frequency,
      lang: s.lang,
      status: 'pending',
      confirm_token_hash: s.tokenHash,
      created_at: s.at,
    })
    .execute();
  return id;
}

export async function findByTokenHash(db: DbOrTx, districtId: string, tokenHash: string): Promise<PendingSubscription | undefined> {
  const row = await db
    .selectFrom('subscriptions')
    .select(['id', 'district_id', 'email', 'status', 'created_at'])
    .where('district_id', '=', districtId)
    .where('confirm_token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { id: row.id, districtId: row.district_id, email: row.email, status: row.status, createdAt: row.created_at };
}

/** Ends the address's subscriptions in the district and forgets the address (the rows stay for counting). */
export async function endSubscriptions(db: DbOrTx, districtId: string, key: string, at: string, except?: string): Promise<number> {
  let query = db
    .updateTable('subscriptions')
    .set({ status: 'ended', ended_at: at, email: '', confirm_token_hash: null })
    .where('district_id', '=', districtId)
    .where('address_key', '=', key)
    .where('status', '<>', 'ended');
  if (except !== undefined) query = query.where('id', '<>', except);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Pending → active, once: the conditional update is the guard against a double click. */
export async function activate(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('subscriptions')
    .set({ status: 'active', confirmed_at: at, confirm_token_hash: null })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Unconfirmed subscriptions older than `before` are deleted with their address. */
export async function deleteExpiredPending(db: DbOrTx, before: string): Promise<void> {
  await db.deleteFrom('subscriptions').where('status', '=', 'pending').where('created_at', '<', before).execute();
}
