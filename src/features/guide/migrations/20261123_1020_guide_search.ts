import { sql } from 'kysely';
import { engineOf, type MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * The guide's search index: one row per service, organisation and place, with its facets.
 * SQLite matches the app's Dutch stems with FTS5; PostgreSQL matches the same words with
 * its built-in `dutch` full-text configuration. The app removes diacritics first (no
 * extension needed), so both engines see the same words and find the same entries.
 */
export async function up(db: MigrationDb): Promise<void> {
  const postgres = engineOf(db) === 'postgres';
  // Names sort byte by byte on both engines, so results come in the same order.
  const sortable = postgres ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('guide_search')
    .addColumn('entry_id', 'text', (c) => c.primaryKey())
    .addColumn('entry_type', 'text', (c) => c.notNull())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_norm', sortable, (c) => c.notNull())
    .addColumn('subtitle', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_free', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('physical_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('financial_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('welcome_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('guide_search_district').on('guide_search').columns(['district_id', 'name_norm']).execute();
  // The words live apart from the rows that are listed, so listing a page never reads them.
  await db.schema
    .createTable('guide_search_words')
    .addColumn('entry_id', 'text', (c) => c.primaryKey().references('guide_search.entry_id').onDelete('cascade'))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('stems', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('guide_search_facets')
    .addColumn('entry_id', 'text', (c) => c.notNull().references('guide_search.entry_id').onDelete('cascade'))
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('guide_search_facets_pk', ['entry_id', 'facet', 'value'])
    .execute();
  await db.schema
    .createIndex('guide_search_facets_value')
    .on('guide_search_facets')
    .columns(['district_id', 'facet', 'value', 'entry_id'])
    .execute();
  if (postgres) {
    await sql`alter table guide_search_words add column tsv tsvector generated always as (to_tsvector('dutch', search_text)) stored`.execute(
      db,
    );
    await sql`create index guide_search_words_tsv on guide_search_words using gin (tsv)`.execute(db);
  } else {
    await sql`create virtual table guide_search_fts using fts5(entry_id unindexed, stems, tokenize = 'unicode61')`.execute(db);
    // The index table is the one the app writes; these keep FTS5 in step with it.
    await sql`create trigger guide_search_fts_insert after insert on guide_search_words begin
      insert into guide_search_fts (entry_id, stems) values (new.entry_id, new.stems); end`.execute(db);
    await sql`create trigger guide_search_fts_delete after delete on guide_search_words begin
      delete from guide_search_fts where entry_id = old.entry_id; end`.execute(db);
    await sql`create trigger guide_search_fts_update after update of stems on guide_search_words begin
      update guide_search_fts set stems = new.stems where entry_id = old.entry_id; end`.execute(db);
  }
}
