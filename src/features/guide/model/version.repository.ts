import { bumpVersion } from '../../../platform/cache/data-versions.repository.ts';
import { versionsCache } from '../../../platform/cache/versions-cache.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

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
  const kept = versionsCache<T>([ENTRIES_VERSION]);
  return (db, districtId) => kept(db, districtId, () => load(db, districtId));
}
