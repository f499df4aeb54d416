import { bumpVersion } from '../../../platform/cache/data-versions.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

/**
 * The data version of the guide's entries (organisations, places, services, their hours,
 * phones and named people, the chosen contact point). Every writer of entries re-indexes
 * them for search in its transaction, and the re-index bumps this version, so what is
 * kept in memory from entries (the walk-in points) is renewed on every instance.
 */
export const ENTRIES_VERSION = 'guide.entries';

export function markEntriesChanged(trx: DbOrTx): Promise<void> {
  return bumpVersion(trx, ENTRIES_VERSION);
}
