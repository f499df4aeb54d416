import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Every version of the house rules the cooperative's board adopted, with the decision that adopted it. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('help_rules_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('in_force_from', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text')
    .addColumn('decision_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('adopted_at', 'text', (c) => c.notNull())
    .addColumn('adopted_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('help_rules_versions_district').on('help_rules_versions').columns(['district_id', 'in_force_from']).execute();
}
