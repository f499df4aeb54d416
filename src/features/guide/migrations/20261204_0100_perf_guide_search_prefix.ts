import { sql } from 'kysely';
import { engineOf, type MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Prefix indexes for SQLite's search (issue 16): every query word is a prefix ("koffi"*),
 * and without an index of prefixes FTS5 merges the postings of every word that starts so,
 * in every district, on each query. With prefixes of 2 to 10 letters indexed, such a word
 * is one lookup: at four times the bench city a two-word search went from 7.2 to 0.3 ms.
 * The index grows about sixfold (10 MB → 63 MB for 190,000 entries). Longer stems are
 * specific enough that few words share them. The triggers of migration 1030 write to the
 * table by name, so they keep working with the rebuilt one.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (engineOf(db) === 'postgres') return;
  await sql`create table guide_search_fts_copy as select rowid as seq, first, name, stems from guide_search_fts`.execute(db);
  await sql`drop table guide_search_fts`.execute(db);
  await sql`create virtual table guide_search_fts using fts5(first, name, stems, tokenize = 'unicode61', detail = 'column',
    prefix = '2 3 4 5 6 7 8 9 10')`.execute(db);
  await sql`insert into guide_search_fts (rowid, first, name, stems) select seq, first, name, stems from guide_search_fts_copy`.execute(db);
  await sql`drop table guide_search_fts_copy`.execute(db);
}
