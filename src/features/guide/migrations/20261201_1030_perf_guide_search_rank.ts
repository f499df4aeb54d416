import { sql } from 'kysely';
import { engineOf, type MigrationDb } from '../../../platform/db/migrator.ts';
import { stemsOf } from '../search/search.rules.ts';

const KEY_ORDER = "(case s.entry_type when 'service' then 0 when 'location' then 1 else 2 end)";
const ORDER = sql`(case entry_type when 'service' then 0 when 'location' then 1 else 2 end)`;

/**
 * Search that tracks the page, not the matches (issue 16): the words of an entry's name are
 * indexed apart, so the best-ranked entries (those with the query in their name) are found
 * by the index, and entries are listed in the result order straight from an index, so a
 * page reads about as many rows as it shows. SQLite's FTS5 rows get an integer key
 * (`guide_search_keys`), so the index answers keys without reading its stored text.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('guide_search_words')
    .addColumn('name_stems', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const names = await db.selectFrom('guide_search').select(['entry_id', 'name']).execute();
  for (const row of names)
    await db
      .updateTable('guide_search_words')
      .set({ name_stems: stemsOf(row.name) })
      .where('entry_id', '=', row.entry_id)
      .execute();
  if (engineOf(db) === 'postgres') {
    await sql`create index guide_search_order on guide_search (district_id, ${ORDER}, name_norm, entry_id)`.execute(db);
    // The first word of the name weighs A, so "the name starts with" is a tsquery (`w:*A`).
    await sql`alter table guide_search_words add column name_tsv tsvector generated always as
      (setweight(to_tsvector('simple', split_part(name_stems, ' ', 1)), 'A') || to_tsvector('simple', name_stems)) stored`.execute(db);
    await sql`create index guide_search_words_name on guide_search_words using gin (name_tsv)`.execute(db);
    return;
  }
  for (const trigger of ['insert', 'delete', 'update']) await sql.raw(`drop trigger guide_search_fts_${trigger}`).execute(db);
  await sql`drop table guide_search_fts`.execute(db);
  // A slim copy of what orders the results, under the integer key FTS5 answers: ranking
  // reads one small row per match, and a page in result order reads only this index.
  await sql`create table guide_search_keys (seq integer primary key, entry_id text not null unique,
    district_id text not null, ord integer not null, name_norm text not null)`.execute(db);
  await sql`create index guide_search_keys_order on guide_search_keys (district_id, ord, name_norm, entry_id)`.execute(db);
  await sql`create virtual table guide_search_fts using fts5(first, name, stems, tokenize = 'unicode61', detail = 'column')`.execute(db);
  await sql`insert into guide_search_keys (entry_id, district_id, ord, name_norm)
    select s.entry_id, s.district_id, ${sql.raw(KEY_ORDER)}, s.name_norm from guide_search s join guide_search_words w on w.entry_id = s.entry_id`.execute(
    db,
  );
  // The filters become words of the index too (search.rules.ts filterTokens).
  const token = (facet: string, value: unknown) => sql`'wp1${sql.raw(facet)}' || replace(replace(lower(${value}), '-', ''), '*', '')`;
  const flag = (column: string, name: string) => sql`case when s.${sql.raw(column)} = 1 then ' wp1${sql.raw(name)}' else '' end`;
  await sql`update guide_search_words set stems = (select substr(w.stems, 1, instr(w.stems || ' ', ' ') - 1) || ' ' || ${token('type', sql`s.entry_type`)}
      || ${flag('is_free', 'free')} || ${flag('physical_ok', 'physical')} || ${flag('financial_ok', 'financial')} || ${flag('welcome_ok', 'welcome')}
      || coalesce((select ' ' || group_concat(${token('', sql`f.facet || f.value`)}, ' ') from guide_search_facets f where f.entry_id = w.entry_id), '')
      || substr(w.stems, instr(w.stems || ' ', ' '))
    from guide_search_words w join guide_search s on s.entry_id = w.entry_id where w.entry_id = guide_search_words.entry_id)`.execute(db);
  await sql`insert into guide_search_fts (rowid, first, name, stems)
    select k.seq, substr(w.name_stems || ' ', 1, instr(w.name_stems || ' ', ' ') - 1), w.name_stems, w.stems
    from guide_search_words w join guide_search_keys k on k.entry_id = w.entry_id`.execute(db);
  // The index table is the one the app writes; these keep the keys and FTS5 in step with it.
  await sql`create trigger guide_search_fts_insert after insert on guide_search_words begin
    insert into guide_search_keys (entry_id, district_id, ord, name_norm) select new.entry_id, s.district_id, ${sql.raw(KEY_ORDER)}, s.name_norm
      from guide_search s where s.entry_id = new.entry_id;
    insert into guide_search_fts (rowid, first, name, stems) values ((select seq from guide_search_keys where entry_id = new.entry_id),
      substr(new.name_stems || ' ', 1, instr(new.name_stems || ' ', ' ') - 1), new.name_stems, new.stems); end`.execute(db);
  await sql`create trigger guide_search_fts_delete after delete on guide_search_words begin
    delete from guide_search_fts where rowid = (select seq from guide_search_keys where entry_id = old.entry_id);
    delete from guide_search_keys where entry_id = old.entry_id; end`.execute(db);
  await sql`create trigger guide_search_fts_update after update of stems, name_stems on guide_search_words begin
    update guide_search_fts set first = substr(new.name_stems || ' ', 1, instr(new.name_stems || ' ', ' ') - 1),
      name = new.name_stems, stems = new.stems where rowid = (select seq from guide_search_keys where entry_id = old.entry_id); end`.execute(
    db,
  );
}
