import type { DbOrTx } from '../../platform/db/schema.ts';

/** Runs in the caller's transaction when there is one, else in a new one: all or nothing either way. */
export function inTransaction<T>(db: DbOrTx, run: (trx: DbOrTx) => Promise<T>): Promise<T> {
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
