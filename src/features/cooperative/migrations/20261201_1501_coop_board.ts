import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** The general and daily board and the kascommissie (seats with function and term), and the board's decisions. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('coop_board_seats')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('coop_members.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('function', 'text', (c) => c.notNull())
    .addColumn('term_start', 'text', (c) => c.notNull())
    .addColumn('term_end', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_board_seats_district').on('coop_board_seats').columns(['district_id', 'ended_on']).execute();
  await db.schema
    .createTable('coop_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('votes_for', 'integer', (c) => c.notNull())
    .addColumn('votes_against', 'integer', (c) => c.notNull())
    .addColumn('votes_abstained', 'integer', (c) => c.notNull())
    .addColumn('adopted', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_decisions_district').on('coop_decisions').columns(['district_id', 'decided_on']).execute();
}
