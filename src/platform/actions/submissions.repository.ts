import type { DbOrTx } from '../db/schema.ts';

/**
 * Claims a one-time submission key in the action's transaction. Returns the stored value
 * when the key was used before (the action must not run again), else undefined. A second
 * submission arriving while the first is still running waits for it on PostgreSQL (the
 * key's row is locked by the first transaction) and then finds its value.
 */
export async function claimSubmission(trx: DbOrTx, key: string, at: Date): Promise<{ value: unknown } | undefined> {
  const inserted = await trx
    .insertInto('submissions')
    .values({ key, created_at: at.toISOString(), value: null })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return undefined;
  const row = await trx.selectFrom('submissions').select('value').where('key', '=', key).executeTakeFirst();
  return { value: row?.value == null ? undefined : JSON.parse(row.value) };
}

export async function recordSubmission(trx: DbOrTx, key: string, value: unknown): Promise<void> {
  await trx
    .updateTable('submissions')
    .set({ value: value === undefined ? null : JSON.stringify(value) })
    .where('key', '=', key)
    .execute();
}

export async function deleteOldSubmissions(db: DbOrTx, before: Date): Promise<void> {
  await db.deleteFrom('submissions').where('created_at', '<', before.toISOString()).execute();
}
