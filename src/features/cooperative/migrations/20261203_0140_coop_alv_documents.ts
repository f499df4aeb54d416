import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * The ALV's documents as PDF files (the annual report, the accounts, the kascommissie's
 * report), one of each kind per meeting. They live in the database, so every app instance
 * serves them (no local files), as the story photos do.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('coop_alv_documents')
    .addColumn('alv_id', 'text', (c) => c.notNull().references('coop_alvs.id'))
    /** annualReport, accounts or auditReport. */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data_base64', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coop_alv_documents_pk', ['alv_id', 'kind'])
    .execute();
}
