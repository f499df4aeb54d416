import type { DbOrTx } from '../../../platform/db/schema.ts';

export async function insertPasswordReset(
  db: DbOrTx,
  tokenHash: string,
  userId: string,
  createdAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({ token_hash: tokenHash, user_id: userId, created_at: createdAt, expires_at: expiresAt, used_at: null })
    .execute();
}

export interface PasswordReset {
  tokenHash: string;
  userId: string;
  expiresAt: string;
  usedAt: string | null;
}

export async function findPasswordReset(db: DbOrTx, tokenHash: string): Promise<PasswordReset | undefined> {
  const row = await db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && { tokenHash, userId: row.user_id, expiresAt: row.expires_at, usedAt: row.used_at };
}

/** Marks the link used only if nobody did so first; false means it was already used. */
export async function usePasswordReset(db: DbOrTx, tokenHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
