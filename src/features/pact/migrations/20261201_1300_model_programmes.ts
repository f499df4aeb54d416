import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { newId } from '../../../platform/clock.ts';

/**
 * Governance per programme (issue 14): a district takes part in one or more programmes — its
 * own wijkpact, the city-wide Thuis in je Wijk programme, a cooperative. City-wide bodies and
 * signatories are held once; pact periods with their evaluation, re-signing and targets.
 */
async function createTables(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('pact_programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_programme_districts')
    .addColumn('programme_id', 'text', (c) => c.notNull().references('pact_programmes.id'))
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addPrimaryKeyConstraint('pact_programme_districts_pk', ['programme_id', 'district_id'])
    .execute();
  await db.schema
    .createTable('pact_programme_bodies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('pact_programmes.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_programme_body_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_id', 'text', (c) => c.notNull().references('pact_programme_bodies.id'))
    .addColumn('organization_name', 'text')
    .addColumn('person_name', 'text')
    .addColumn('note', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_city_signatories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('pact_programmes.id'))
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'text')
    .addColumn('signed_on', 'text')
    .addColumn('role', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('pact_city_signatories_name', ['programme_id', 'organization_name'])
    .execute();
  await db.schema
    .createTable('pact_signatory_districts')
    .addColumn('signatory_id', 'text', (c) => c.notNull().references('pact_city_signatories.id'))
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('role', 'text')
    .addPrimaryKeyConstraint('pact_signatory_districts_pk', ['signatory_id', 'district_id'])
    .execute();
  await db.schema
    .createTable('pact_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('pact_programmes.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('closed_by', 'text', (c) => c.references('users.id'))
    .addColumn('conclusion', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_period_evaluations')
    .addColumn('period_id', 'text', (c) => c.notNull().references('pact_periods.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pact_period_evaluations_pk', ['period_id', 'subject', 'subject_key'])
    .execute();
  await db.schema
    .createTable('pact_period_signatures')
    .addColumn('period_id', 'text', (c) => c.notNull().references('pact_periods.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('pact_partners.id'))
    .addColumn('signed_on', 'text')
    .addPrimaryKeyConstraint('pact_period_signatures_pk', ['period_id', 'partner_id'])
    .execute();
  await db.schema
    .createTable('pact_period_targets')
    .addColumn('period_id', 'text', (c) => c.notNull().references('pact_periods.id'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('pact_indicators.id'))
    .addColumn('value_milli', 'bigint', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('pact_period_targets_pk', ['period_id', 'indicator_id'])
    .execute();
}

/** Partners of a Thuis in je Wijk district that nothing else refers to: copies of the city-wide list. */
async function unreferenced(db: MigrationDb, ids: readonly string[]): Promise<string[]> {
  const used = new Set<string>();
  const refs: [string, string][] = [
    ['pact_meeting_organizers', 'partner_id'],
    ['pact_attendance', 'partner_id'],
    ['pact_project_owners', 'partner_id'],
    ['pact_action_items', 'owner_partner_id'],
    ['pact_bottlenecks', 'partner_id'],
    ['pact_join_requests', 'partner_id'],
  ];
  for (const [table, column] of refs) {
    if (ids.length === 0) break;
    const rows: { id: string | null }[] = await db.selectFrom(table).select(`${column} as id`).where(column, 'in', ids).execute();
    for (const r of rows) if (r.id !== null) used.add(r.id);
  }
  return ids.filter((id) => !used.has(id));
}

/** The existing settings become programmes; the copied Thuis in je Wijk signatories move to the city level. */
async function moveData(db: MigrationDb): Promise<void> {
  const at = new Date().toISOString();
  const settings: { district_id: string; pact_name: string; programme: string }[] = await db
    .selectFrom('pact_settings')
    .select(['district_id', 'pact_name', 'programme'])
    .execute();
  const tijwDistricts = settings.filter((s) => s.programme === 'thuis_in_je_wijk').map((s) => s.district_id);
  for (const s of settings.filter((x) => x.programme === 'wijkpact')) {
    const id = newId();
    await db.insertInto('pact_programmes').values({ id, kind: 'wijkpact', name: s.pact_name, scope: 'district', created_at: at }).execute();
    await db.insertInto('pact_programme_districts').values({ programme_id: id, district_id: s.district_id }).execute();
  }
  if (tijwDistricts.length === 0) return;
  const city = newId();
  await db
    .insertInto('pact_programmes')
    .values({ id: city, kind: 'thuis_in_je_wijk', name: 'Thuis in je Wijk', scope: 'city', created_at: at })
    .execute();
  for (const districtId of tijwDistricts)
    await db.insertInto('pact_programme_districts').values({ programme_id: city, district_id: districtId }).execute();
  const partners: { id: string; district_id: string; name: string; role: string; signed_on: string }[] = await db
    .selectFrom('pact_partners as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'p.district_id', 'o.name', 'p.role', 'p.signed_on'])
    .where('p.district_id', 'in', tijwDistricts)
    .orderBy('p.created_at')
    .execute();
  const signatories = new Map<string, string>();
  for (const p of partners) {
    let id = signatories.get(p.name);
    if (id === undefined) {
      id = newId();
      signatories.set(p.name, id);
      const values = {
        id,
        programme_id: city,
        organization_name: p.name,
        signed_by: null,
        signed_on: p.signed_on,
        role: null,
        position: signatories.size,
      };
      await db.insertInto('pact_city_signatories').values(values).execute();
    }
    await db
      .insertInto('pact_signatory_districts')
      .values({ signatory_id: id, district_id: p.district_id, role: p.role === '' ? null : p.role })
      .execute();
  }
  const gone = await unreferenced(
    db,
    partners.map((p) => p.id),
  );
  if (gone.length === 0) return;
  await db.deleteFrom('pact_commitments').where('partner_id', 'in', gone).execute();
  await db.deleteFrom('pact_partners').where('id', 'in', gone).execute();
}

export async function up(db: MigrationDb): Promise<void> {
  await createTables(db);
  await moveData(db);
}
