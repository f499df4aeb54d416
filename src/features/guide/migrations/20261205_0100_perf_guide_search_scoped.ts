import { sql } from 'kysely';
import { engineOf, type MigrationDb } from '../../../platform/db/migrator.ts';
import { entryOrder, postgresLexemes } from '../search/match.rules.ts';

const BATCH = 1000;

/**
 * PostgreSQL's search at city scale (issue 16): at ten times the bench city a search took
 * half a second, as the GIN index intersected every word with the whole district's list,
 * merged every word that starts with a prefix, and the matches were all read and sorted to
 * show twenty. Now a slim row per entry holds what orders the results, `doc` (a tsvector of
 * the same stems SQLite's index holds, the filters and the name's words as tokens) and
 * `find` (those and every word's prefixes, as an array for the GIN index), all scoped to the
 * district: a word's posting list holds only its district's entries, a prefix is one
 * lexeme, and `@>` is answered from the index without reading rows. Matches are checked
 * against `doc`; many are read in result order from the btree, stopping when the page is
 * full. The old tsvectors (PostgreSQL's own stemming) and their indexes go: both engines now
 * match the same stems.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`create table guide_search_keys (
    entry_id text primary key references guide_search (entry_id) on delete cascade,
    district_id text not null, ord smallint not null, name_norm text collate "C" not null, doc tsvector not null, find text[] not null)`.execute(
    db,
  );
  // Only the GIN index reads find: kept out of line (the small target makes the toaster
  // move it), the rows read one by one stay slim; the keys are never moved out.
  await sql`alter table guide_search_keys alter column find set storage external, alter column doc set storage main,
    alter column entry_id set storage plain, alter column district_id set storage plain, alter column name_norm set storage plain`.execute(
    db,
  );
  await sql`alter table guide_search_keys set (toast_tuple_target = 128)`.execute(db);
  for (let after = ''; ;) {
    const rows = await sql<{
      entry_id: string;
      district_id: string;
      entry_type: string;
      name_norm: string;
      stems: string;
      name_stems: string;
    }>`
      select s.entry_id, s.district_id, s.entry_type, s.name_norm, w.stems, w.name_stems
      from guide_search s join guide_search_words w on w.entry_id = s.entry_id
      where s.entry_id > ${after} order by s.entry_id limit ${BATCH}`.execute(db);
    if (rows.rows.length === 0) break;
    const values = rows.rows.map((r) => {
      const { doc, find } = postgresLexemes(r.district_id, r.stems, r.name_stems);
      return sql`(${r.entry_id}, ${r.district_id}, ${entryOrder(r.entry_type)}, ${r.name_norm}, array_to_tsvector(${doc}::text[]), ${find}::text[])`;
    });
    await sql`insert into guide_search_keys (entry_id, district_id, ord, name_norm, doc, find) values ${sql.join(values)}`.execute(db);
    after = rows.rows.at(-1)?.entry_id ?? after;
  }
  await sql`create index guide_search_keys_order on guide_search_keys (district_id, ord, name_norm, entry_id)`.execute(db);
  await sql`create index guide_search_keys_find on guide_search_keys using gin (find)`.execute(db);
  await sql`drop index guide_search_order`.execute(db);
  await sql`alter table guide_search_words drop column tsv, drop column name_tsv`.execute(db);
}
