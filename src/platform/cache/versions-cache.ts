import type { Db, DbOrTx } from '../db/schema.ts';
import { versionStamp } from './data-versions.repository.ts';
import { LastUsed } from './last-used.ts';

/**
 * Parts of pages that many people ask and few change (the start page's blocks), kept in
 * memory per key while the data versions they follow stay the same — and, where the part
 * also depends on the time, while `moment` (say, the minute) stays the same. The versions are
 * asked on every use (one read for all of them), so a change is seen at once on every
 * instance, also by the writer's next page. In a transaction the part is made afresh. One
 * entry per key: a new stamp replaces the old, so the memory is bounded by the keys (a
 * district, a buurt, a place, a language), never by time. Where people choose the keys (what
 * they search), `limit` bounds them: the part used longest ago goes first.
 */
export function versionsCache<T>(
  names: readonly string[],
  { limit = Infinity }: { limit?: number } = {},
): (db: DbOrTx, key: string, make: () => Promise<T>, moment?: string) => Promise<T> {
  const sorted = [...new Set(names)].sort();
  const caches = new WeakMap<Db, LastUsed<string, { stamp: string; value: Promise<T> }>>();
  const keptFor = (db: Db) => {
    let kept = caches.get(db);
    if (kept === undefined) {
      kept = new LastUsed(limit);
      caches.set(db, kept);
    }
    return kept;
  };
  // Uses that arrive while the stamp is being read share that read (a page asks the walk-in
  // points and the contact point at once), as `versionedCache` shares its refresh.
  const reading = new WeakMap<Db, Promise<string>>();
  const stampOf = (db: Db) => {
    let read = reading.get(db);
    if (read === undefined) {
      read = versionStamp(db, sorted).finally(() => reading.delete(db));
      reading.set(db, read);
    }
    return read;
  };
  return async (db, key, make, moment = '') => {
    if (db.isTransaction) return make();
    const kept = keptFor(db);
    // The stamp is read before the data: a write in between makes the next use read again.
    const stamp = `${await stampOf(db)}|${moment}`;
    const entry = kept.get(key);
    if (entry?.stamp === stamp) return entry.value;
    const value = make();
    kept.set(key, { stamp, value });
    // A failed read is not kept: the next use tries again.
    value.catch(() => {
      if (kept.get(key)?.value === value) kept.delete(key);
    });
    return value;
  };
}
