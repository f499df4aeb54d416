import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Cancelling an activity or one date of it (issue 11.5): the whole activity keeps its reason
 * on its row; a cancelled date has a row of its own, so it survives when the organiser
 * changes the activity and its dates are expanded again.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('activities').addColumn('cancel_reason', 'text').execute();
  await db.schema
    .createTable('activity_cancelled_dates')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('cancelled_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_cancelled_dates_pk', ['activity_id', 'starts_at'])
    .execute();
}
