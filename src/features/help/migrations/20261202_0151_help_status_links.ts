import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * More status links to one help request (issue 10.10): every mail to the requester carries
 * a link of its own, minted in the transaction that queues the mail, because only hashes
 * are stored (ADR 0004, addendum). The first link stays in `help_requests`.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('help_status_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('help_requests.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('help_status_links_request').on('help_status_links').column('request_id').execute();
}
