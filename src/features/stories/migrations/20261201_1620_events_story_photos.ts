import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** A story's photo lives in the database, so every app instance serves it (no local files). */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('story_photos')
    .addColumn('story_id', 'text', (c) => c.primaryKey().references('stories.id'))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('data_base64', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
