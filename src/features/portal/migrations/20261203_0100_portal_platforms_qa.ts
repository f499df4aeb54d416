import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Issue 11.8 and 11.9. The digital platforms and apps the steering group chose (seed 000 §5),
 * and the questions and answers with the core message (seed 003 §4.3): per district, or for a
 * whole city (`district_id` null, shown in every Thuis in je Wijk district of that city).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('portal_platforms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('chosen_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('portal_platforms_district').on('portal_platforms').column('district_id').execute();
  await db.schema
    .createTable('portal_qa')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipalities.id'))
    .addColumn('district_id', 'text', (c) => c.references('districts.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('portal_qa_district').on('portal_qa').column('district_id').execute();
  await db.schema.createIndex('portal_qa_municipality').on('portal_qa').column('municipality_id').execute();
}
