import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Bottlenecks, Thuis in je Wijk (core team, action plan, work groups, longlist) and monitoring. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('pact_bottlenecks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('raised_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('raised_by_name', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.references('pact_partners.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('escalated_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('resolution', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_bottleneck_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bottleneck_id', 'text', (c) => c.notNull().references('pact_bottlenecks.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('pact_core_team')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('is_quartermaster', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_plan_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('goals', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_workgroups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('members', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('pact_longlist')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('partners', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('goals', 'text', (c) => c.notNull())
    .addColumn('new_way', 'integer', (c) => c.notNull())
    .addColumn('several_tracks', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_indicators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('better', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target_milli', 'bigint')
    .addColumn('target_year', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_indicator_values')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('pact_indicators.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value_milli', 'bigint', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('pact_indicator_values_pk', ['indicator_id', 'year'])
    .execute();
}
