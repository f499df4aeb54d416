import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface Proxy {
  principalId: string;
  holderId: string;
}

export async function proxiesOf(db: DbOrTx, alvId: string): Promise<Proxy[]> {
  const rows = await db.selectFrom('coop_alv_proxies').select(['principal_id', 'holder_id']).where('alv_id', '=', alvId).execute();
  return rows.map((r) => ({ principalId: r.principal_id, holderId: r.holder_id }));
}

export async function insertProxy(db: DbOrTx, alvId: string, p: Proxy, by: string | null, at: string): Promise<void> {
  await db
    .insertInto('coop_alv_proxies')
    .values({ alv_id: alvId, principal_id: p.principalId, holder_id: p.holderId, recorded_by: by, created_at: at })
    .execute();
}

/** Takes back the proxy a member gave; false when there was none. */
export async function deleteProxy(db: DbOrTx, alvId: string, principalId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('coop_alv_proxies')
    .where('alv_id', '=', alvId)
    .where('principal_id', '=', principalId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function presentAt(db: DbOrTx, alvId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('coop_alv_attendance').select('member_id').where('alv_id', '=', alvId).execute();
  return new Set(rows.map((r) => r.member_id));
}

/** Notes a member as present; false when they were already. */
export async function markPresent(db: DbOrTx, alvId: string, memberId: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('coop_alv_attendance')
    .values({ alv_id: alvId, member_id: memberId, arrived_at: at })
    .onConflict((oc) => oc.columns(['alv_id', 'member_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function votesOn(db: DbOrTx, itemId: string): Promise<{ memberId: string; choice: string; castBy: string }[]> {
  const rows = await db.selectFrom('coop_alv_votes').select(['member_id', 'choice', 'cast_by']).where('item_id', '=', itemId).execute();
  return rows.map((r) => ({ memberId: r.member_id, choice: r.choice, castBy: r.cast_by }));
}

/** A member's vote on an item, cast by them or their proxy holder; a second vote replaces the first. */
export async function castVote(
  db: DbOrTx,
  v: { itemId: string; memberId: string; choice: string; castBy: string; at: string },
): Promise<void> {
  await db
    .insertInto('coop_alv_votes')
    .values({ item_id: v.itemId, member_id: v.memberId, choice: v.choice, cast_by: v.castBy, created_at: v.at })
    .onConflict((oc) => oc.columns(['item_id', 'member_id']).doUpdateSet({ choice: v.choice, cast_by: v.castBy, created_at: v.at }))
    .execute();
}
