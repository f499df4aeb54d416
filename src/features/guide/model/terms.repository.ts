import { versionedCache, type VersionedCache } from '../../../platform/cache/versioned-cache.ts';
import type { Db, DbOrTx } from '../../../platform/db/schema.ts';
import { taxonomyCodeOf, type Term } from './taxonomy.ts';

/** Every taxonomy term, with the code of its taxonomy, in the taxonomy's order. */
export async function listTerms(db: DbOrTx): Promise<Term[]> {
  const rows = await db.selectFrom('taxonomy_terms').selectAll().orderBy('taxonomy_id').orderBy('position').execute();
  return rows.flatMap((r) => {
    const taxonomyCode = taxonomyCodeOf(r.taxonomy_id);
    return taxonomyCode === undefined
      ? []
      : [{ id: r.id, taxonomyId: r.taxonomy_id, taxonomyCode, parentId: r.parent_id, code: r.code, name: r.name }];
  });
}

const caches = new WeakMap<Db, VersionedCache<Term[]>>();

/**
 * The terms for pages, kept in memory per data version (`taxonomy_terms`; a writer of
 * terms bumps it): nearly every guide page reads them. The list is shared: do not change it.
 */
export function cachedTerms(db: Db): Promise<Term[]> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = versionedCache(db, 'taxonomy_terms', listTerms);
    caches.set(db, cache);
  }
  return cache.get();
}
