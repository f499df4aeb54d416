import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Finding a buurt by postcode or street (issue 11.2): the CBS code of each buurt, the
 * postcode/street → buurt table per district as administrators import it, and per district
 * where that table came from (a demo table says so on the page).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('portal_buurt_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('buurt_id', 'text', (c) => c.notNull().unique().references('buurten.id'))
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .execute();
  await db.schema
    .createTable('portal_postcodes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('buurt_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('number_from', 'integer')
    .addColumn('number_to', 'integer')
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('street_key', 'text', (c) => c.notNull())
    .addColumn('buurt_code', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('portal_postcodes_postcode').on('portal_postcodes').column('postcode').execute();
  await db.schema.createIndex('portal_postcodes_street').on('portal_postcodes').column('street_key').execute();
  await db.schema.createIndex('portal_postcodes_district').on('portal_postcodes').column('district_id').execute();
  await db.schema
    .createTable('portal_postcode_tables')
    .addColumn('district_id', 'text', (c) => c.primaryKey().references('districts.id'))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lines', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.references('users.id'))
    .execute();
}
