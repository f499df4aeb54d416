import type { MigrationDb } from '../migrator.ts';

/**
 * The mail outbox (a mail is written in the transaction of the change that causes it, and
 * sent afterwards with retries), leases on job runs (a run that dies is taken over) and
 * one-time keys of submitted forms (a retried submission is not done twice) and versions
 * of cached data (every instance notices a change within a second).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('headers', 'text')
    .addColumn('attachments', 'text')
    .addColumn('district_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('leased_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
  await db.schema.alterTable('job_runs').addColumn('lease_until', 'text').execute();
  await db.schema
    .alterTable('job_runs')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('submissions')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .execute();
  await db.schema.createIndex('submissions_created').on('submissions').column('created_at').execute();
  await db.schema
    .createTable('data_versions')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('data_versions').execute();
  await db.schema.dropTable('submissions').execute();
  await db.schema.alterTable('job_runs').dropColumn('attempts').execute();
  await db.schema.alterTable('job_runs').dropColumn('lease_until').execute();
  await db.schema.dropTable('mail_outbox').execute();
}
