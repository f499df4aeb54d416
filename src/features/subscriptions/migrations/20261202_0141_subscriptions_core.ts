import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Subscriptions to the digest (issue 11.7): double opt-in, one digest per period. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('address_key', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('confirm_token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('last_period', 'text')
    .execute();
  // The digest run walks the active subscriptions of one frequency in id order.
  await db.schema.createIndex('subscriptions_due').on('subscriptions').columns(['status', 'frequency', 'id']).execute();
  await db.schema.createIndex('subscriptions_address').on('subscriptions').columns(['district_id', 'address_key']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('subscriptions').execute();
}
