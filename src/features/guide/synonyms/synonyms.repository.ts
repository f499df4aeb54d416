import './synonyms.tables.ts';
import { versionedCache, type VersionedCache } from '../../../platform/cache/versioned-cache.ts';
import { bumpVersion } from '../../../platform/cache/data-versions.repository.ts';
import type { Db, DbOrTx } from '../../../platform/db/schema.ts';
import { synonymIndex, type SynonymIndex, type ThemeWords } from './synonyms.rules.ts';

/** The data version every instance watches (platform/cache): a change is seen everywhere within a second. */
const VERSION = 'guide_theme_synonyms';

/** Every theme's list, in the order the coordinator typed it. */
export async function listThemeWords(db: DbOrTx): Promise<ThemeWords[]> {
  const rows = await db.selectFrom('guide_theme_synonyms').select(['term_id', 'word']).orderBy('term_id').orderBy('position').execute();
  const lists = new Map<string, string[]>();
  for (const r of rows) lists.set(r.term_id, [...(lists.get(r.term_id) ?? []), r.word]);
  return [...lists].map(([termId, words]) => ({ termId, words }));
}

export async function wordsOfTheme(db: DbOrTx, termId: string): Promise<string[]> {
  const rows = await db.selectFrom('guide_theme_synonyms').select('word').where('term_id', '=', termId).orderBy('position').execute();
  return rows.map((r) => r.word);
}

/** Replaces a theme's list, and tells every instance's cache (in the same transaction). */
export async function replaceThemeWords(trx: DbOrTx, termId: string, words: readonly string[]): Promise<void> {
  await trx.deleteFrom('guide_theme_synonyms').where('term_id', '=', termId).execute();
  if (words.length > 0)
    await trx
      .insertInto('guide_theme_synonyms')
      .values(words.map((word, position) => ({ term_id: termId, word, position })))
      .execute();
  await bumpVersion(trx, VERSION);
}

const caches = new WeakMap<Db, VersionedCache<SynonymIndex>>();

/** The index for searching, kept in memory per data version: every search reads it. */
export function cachedSynonyms(db: Db): Promise<SynonymIndex> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = versionedCache(db, VERSION, async (d) => synonymIndex(await listThemeWords(d)));
    caches.set(db, cache);
  }
  return cache.get();
}

/** After a change has been committed: this instance reloads on the next search instead of within a second. */
export function forgetSynonyms(db: Db): void {
  caches.delete(db);
}
