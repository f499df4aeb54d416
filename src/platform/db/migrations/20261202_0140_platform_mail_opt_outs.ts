import type { MigrationDb } from '../migrator.ts';

/**
 * Opt-outs of recurring mails (reminders, digests): a person who said "no more" gets none
 * of that kind again, so the List-Unsubscribe header tells the truth. The address is kept
 * only as a hash. And mails may carry an HTML part beside the plain text (the digest).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('mail_opt_outs')
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('address_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_opt_outs_pk', ['list', 'address_key'])
    .execute();
  await db.schema.alterTable('mail_outbox').addColumn('html_body', 'text').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('mail_outbox').dropColumn('html_body').execute();
  await db.schema.dropTable('mail_opt_outs').execute();
}
