// The synthetic city of `bench:guide` and `bench:http`: at 1× 5,000 organisations, 20,000
// services and 10,000 places over Utrecht's five districts, with Dutch words to find. It
// grows in steps (`grow(db, 4)` after `grow(db, 1)` adds three more), so one load serves
// every size, and a seeded generator gives every run the same city.
import { sql } from 'kysely';
import { newId } from '../src/platform/clock.ts';
import type { Db } from '../src/platform/db/schema.ts';
import { engineOf } from '../src/platform/db/migrator.ts';
import { reindexDistrict } from '../src/features/guide/search/index.repository.ts';
import { termIdOf } from '../src/features/guide/model/taxonomy.ts';

export const ORGANIZATIONS = 5000;
export const SERVICES = 20000;
export const PLACES = 10000;

const words = [
  'buurthuis',
  'inloop',
  'spreekuur',
  'koffie',
  'fietsreparatie',
  'taalcafé',
  'schuldhulp',
  'mantelzorg',
  'wandelen',
  'moestuin',
  'computerles',
  'kinderclub',
  'ouderensoos',
  'repaircafé',
  'maaltijd',
  'yoga',
  'huiswerkbegeleiding',
  'formulierenhulp',
  'buurtsport',
  'vrijwilligers',
];
export const themes = [
  'geld',
  'contact',
  'praktisch',
  'gezondheid',
  'opvoeden',
  'wonen',
  'meedoen',
  'bewegen',
  'mantelzorg',
  'digitaal',
  'ontmoeten',
];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
let seed = 20261123;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const any = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

async function insertAll(
  db: Db,
  table: 'organizations' | 'locations' | 'services' | 'service_at_locations' | 'service_terms' | 'schedules',
  rows: object[],
) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 500))
      .execute();
}

type Stamp = Record<'last_verified_at' | 'created_at' | 'updated_at', string> & Record<'last_verified_by' | 'updated_by', null>;

function placesOf(
  orgs: { id: string; district_id: string }[],
  buurten: { id: string; district_id: string }[],
  stamp: Stamp,
  at: string,
  slice: number,
) {
  return Array.from({ length: PLACES }, (_, i) => {
    const org = pick(orgs, i);
    const buurt = buurten.filter((b) => b.district_id === org.district_id)[i % 4];
    return {
      id: newId(),
      district_id: org.district_id,
      organization_id: org.id,
      name: `${any(words)} ${pick(['Oost', 'Noord', 'Plein', 'Hof'], i)} ${slice * PLACES + i}`,
      description: `Plek met ${any(words)}.`,
      street_address: `Voorbeeldstraat ${i}`,
      postal_code: '3581 AA',
      city: 'Utrecht',
      buurt_id: buurt?.id ?? null,
      latitude: null,
      longitude: null,
      is_meeting_place: i % 3 === 0 ? 1 : 0,
      transportation: '',
      accessibility_description: '',
      assessed_on: i % 5 === 0 ? at.slice(0, 10) : null,
      assessed_physical: i % 5 === 0 ? 3 : null,
      assessed_financial: i % 5 === 0 ? 3 : null,
      assessed_welcome: i % 5 === 0 ? 2 : null,
      reminded_at: null,
      ...stamp,
    };
  });
}

function servicesOf(orgs: { id: string; district_id: string }[], stamp: Stamp, slice: number) {
  return Array.from({ length: SERVICES }, (_, i) => {
    const org = pick(orgs, i);
    return {
      id: newId(),
      organization_id: org.id,
      district_id: org.district_id,
      name: `${any(words)} voor ${pick(['iedereen', 'ouderen', 'jongeren', 'ouders'], i)} ${slice * SERVICES + i}`,
      alternate_name: null,
      description: `Samen ${any(words)} en ${any(words)}, met ${any(words)}.`,
      url: null,
      email: null,
      status: 'active',
      is_informal: i % 2,
      cost_kind: i % 4 === 0 ? 'amount' : 'free',
      cost_cents: i % 4 === 0 ? 450 : null,
      cost_description: '',
      eligibility_description: '',
      application_process: '',
      reminded_at: null,
      ...stamp,
    };
  });
}

function scheduleOf(id: string, i: number) {
  return {
    id: newId(),
    service_id: id,
    location_id: null,
    service_at_location_id: null,
    kind: pick(['opening', 'walk_in', 'consultation'], i),
    freq: 'WEEKLY',
    interval: 1,
    byday: pick(['MO,WE', 'TU,TH', 'FR', 'SA'], i),
    opens_at: '09:00',
    closes_at: '12:00',
    valid_from: null,
    valid_to: null,
    exception: 'none',
    description: '',
  };
}

/** Adds one 1× slice of the city (no reindex). */
async function addSlice(db: Db, slice: number): Promise<void> {
  const districts = await db.selectFrom('districts').select('id').orderBy('position').execute();
  const buurten = await db.selectFrom('buurten').select(['id', 'district_id']).execute();
  const at = new Date().toISOString();
  const stamp = { last_verified_at: at, last_verified_by: null, created_at: at, updated_at: at, updated_by: null };
  const orgs = Array.from({ length: ORGANIZATIONS }, (_, i) => ({
    id: newId(),
    district_id: pick(districts, i).id,
    name: `Stichting ${any(words)} ${slice * ORGANIZATIONS + i}`,
    alternate_name: null,
    kind: 'welfare',
    description: `Organisatie voor ${any(words)} en ${any(words)} in de buurt.`,
    email: null,
    website: null,
    reminded_at: null,
    ...stamp,
  }));
  await insertAll(db, 'organizations', orgs);
  const places = placesOf(orgs, buurten, stamp, at, slice);
  await insertAll(db, 'locations', places);
  const services = servicesOf(orgs, stamp, slice);
  await insertAll(db, 'services', services);
  await insertAll(
    db,
    'service_at_locations',
    services.map((s) => ({ id: newId(), service_id: s.id, location_id: any(places).id, description: '' })),
  );
  await insertAll(
    db,
    'service_terms',
    services.flatMap((s, i) => [
      { service_id: s.id, term_id: termIdOf('thema', pick(themes, i)) },
      { service_id: s.id, term_id: termIdOf('voor-wie', pick(['iedereen', 'ouderen', 'jongeren'], i)) },
    ]),
  );
  await insertAll(
    db,
    'schedules',
    services.map((s, i) => scheduleOf(s.id, i)),
  );
}

/** Grows the city from `from`× to `to`× its default size and rebuilds the index; answers the district ids. */
export async function grow(db: Db, from: number, to: number): Promise<string[]> {
  for (let i = from; i < to; i++) await addSlice(db, i);
  const districts = await db.selectFrom('districts').select('id').orderBy('position').execute();
  for (const d of districts) await reindexDistrict(db, d.id);
  // Fresh statistics after a bulk load, as an operator (SQLite) or autovacuum (PostgreSQL) would
  // make; on PostgreSQL also the visibility map autovacuum sets after many inserts, without
  // which a search reads the table beside its index (the 10× city at twice the median).
  await sql.raw(engineOf(db) === 'postgres' ? 'vacuum analyze' : 'analyze').execute(db);
  return districts.map((d) => d.id);
}
