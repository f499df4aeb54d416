import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * The ALV (the members' yearly meeting): its settings per cooperative, the meetings with
 * their documents and minutes, the agenda items with their results, the written proxies,
 * who came in at the door and the votes per member.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('coop_alv_settings')
    .addColumn('district_id', 'text', (c) => c.primaryKey().references('districts.id'))
    .addColumn('notice_days', 'integer', (c) => c.notNull())
    .addColumn('max_proxies', 'integer', (c) => c.notNull())
    .addColumn('quorum_percent', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('coop_alvs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('annual_report', 'text')
    .addColumn('accounts', 'text')
    .addColumn('audit_report', 'text')
    /** When the chair opened the meeting: proxies close, the door and the votes open. */
    .addColumn('opened_at', 'text')
    .addColumn('minutes', 'text')
    .addColumn('minutes_drafted_at', 'text')
    .addColumn('minutes_adopted_on', 'text')
    .addColumn('convened_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_alvs_district').on('coop_alvs').columns(['district_id', 'starts_at']).execute();
  await db.schema
    .createTable('coop_alv_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('alv_id', 'text', (c) => c.notNull().references('coop_alvs.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    /** regular, or minutes: adopting it adopts the minutes of the ALV before. */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('votes_for', 'integer')
    .addColumn('votes_against', 'integer')
    .addColumn('votes_abstained', 'integer')
    .addColumn('adopted', 'integer')
    .execute();
  await db.schema.createIndex('coop_alv_items_alv').on('coop_alv_items').columns(['alv_id', 'position']).execute();
  await db.schema
    .createTable('coop_alv_proxies')
    .addColumn('alv_id', 'text', (c) => c.notNull().references('coop_alvs.id'))
    .addColumn('principal_id', 'text', (c) => c.notNull().references('coop_members.id'))
    .addColumn('holder_id', 'text', (c) => c.notNull().references('coop_members.id'))
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coop_alv_proxies_pk', ['alv_id', 'principal_id'])
    .execute();
  await db.schema
    .createTable('coop_alv_attendance')
    .addColumn('alv_id', 'text', (c) => c.notNull().references('coop_alvs.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('coop_members.id'))
    .addColumn('arrived_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coop_alv_attendance_pk', ['alv_id', 'member_id'])
    .execute();
  await db.schema
    .createTable('coop_alv_votes')
    .addColumn('item_id', 'text', (c) => c.notNull().references('coop_alv_items.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('coop_members.id'))
    /** for, against or abstained. */
    .addColumn('choice', 'text', (c) => c.notNull())
    /** The member present who cast it: the member, or the holder of their proxy. */
    .addColumn('cast_by', 'text', (c) => c.notNull().references('coop_members.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coop_alv_votes_pk', ['item_id', 'member_id'])
    .execute();
}
