import type { Db, DbOrTx } from '../db/schema.ts';
import { versionStamp } from './data-versions.repository.ts';

/**
 * Parts of pages that many people ask and few change (the start page's blocks), kept in
 * memory per key while the data versions they follow stay the same — and, where the part
 * also depends on the time, while `moment` (say, the minute) stays the same. The versions are
 * asked on every use (one read for all of them), so a change is seen at once on every
 * instance, also by the writer's next page. In a transaction the part is made afresh. One
 * entry per key: a new stamp replaces the old, so the memory is bounded by the keys (a
 * district, a buurt, a place, a language), never by time or by what people type.
 */
export function versionsCache<T>(names: readonly string[]): (db: DbOrTx, key: string, make: () => Promise<T>, moment?: string) => Promise<T> {
  const sorted = [...new Set(names)].sort();
  const caches = new WeakMap<Db, Map<string, { stamp: string; value: Promise<T> }>>();
  return async (db, key, make, moment = '') => {
    if (db.isTransaction) return make();
    let kept = caches.get(db);
    if (kept === undefined) {
      kept = new Map();
      caches.set(db, kept);
    }
    // The stamp is read before the data: a write in between makes the next use read again.
    const stamp = `${await versionStamp(db, sorted)}|${moment}`;
    const entry = kept.get(key);
    if (entry?.stamp === stamp) return entry.value;
    const value = make();
    const perKey = kept;
    perKey.set(key, { stamp, value });
    // A failed read is not kept: the next use tries again.
    value.catch(() => {
      if (perKey.get(key)?.value === value) perKey.delete(key);
    });
    return value;
  };
}
