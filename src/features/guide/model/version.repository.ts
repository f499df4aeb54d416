import { bumpVersion } from '../../../platform/cache/data-versions.repository.ts';
import { versionedCache, type VersionedCache } from '../../../platform/cache/versioned-cache.ts';
import type { Db, DbOrTx } from '../../../platform/db/schema.ts';

/**
 * The data version of the guide's entries (organisations, places, services, their hours,
 * phones and named people, the chosen contact point). Every writer of entries re-indexes
 * them for search in its transaction, and the re-index bumps this version, so what is
 * kept in memory from entries (walk-in points, named people) is renewed on every instance.
 */
export const ENTRIES_VERSION = 'guide.entries';

export function markEntriesChanged(trx: DbOrTx): Promise<void> {
  return bumpVersion(trx, ENTRIES_VERSION);
}

/**
 * A read of one district's entries that nearly every page makes, kept in memory per district
 * and data version. The version is asked on every use (one primary-key read instead of the
 * queries), so a change is seen at once, on every instance, also by the writer's next page.
 * In a transaction the read is made afresh. The result is shared: do not change it.
 */
export function perDistrictCache<T>(load: (db: DbOrTx, districtId: string) => Promise<T>): (db: DbOrTx, districtId: string) => Promise<T> {
  const caches = new WeakMap<Db, Map<string, VersionedCache<T>>>();
  return (db, districtId) => {
    if (db.isTransaction) return load(db, districtId);
    let perDistrict = caches.get(db);
    if (perDistrict === undefined) {
      perDistrict = new Map();
      caches.set(db, perDistrict);
    }
    let cache = perDistrict.get(districtId);
    if (cache === undefined) {
      cache = versionedCache(db, ENTRIES_VERSION, (d) => load(d, districtId), 0);
      perDistrict.set(districtId, cache);
    }
    return cache.get();
  };
}
