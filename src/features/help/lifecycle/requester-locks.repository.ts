import type { DbOrTx } from '../../../platform/db/schema.ts';

/**
 * Takes every key of this requester for the new request. A key already held by an open
 * request makes the insert do nothing (a unique key, so it holds under concurrent requests
 * on both engines); then the keys taken so far are given back and the answer is false.
 */
export async function claimRequesterKeys(db: DbOrTx, districtId: string, keys: readonly string[], requestId: string): Promise<boolean> {
  for (const key of [...keys].sort()) {
    const result = await db
      .insertInto('help_requester_locks')
      .values({ district_id: districtId, requester_key: key, request_id: requestId })
      .onConflict((oc) => oc.columns(['district_id', 'requester_key']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
      await releaseRequesterKeys(db, requestId);
      return false;
    }
  }
  return true;
}

export async function releaseRequesterKeys(db: DbOrTx, requestId: string): Promise<void> {
  await db.deleteFrom('help_requester_locks').where('request_id', '=', requestId).execute();
}
