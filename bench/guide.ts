import { systemClock } from '../src/platform/clock.ts';
// `npm run bench:guide`: loads a city-sized synthetic guide (5,000 organisations, 20,000
// services, 10,000 places over Utrecht's five districts) into SQLite and, when a server
// answers, PostgreSQL; prints the median and p95 search time and the gzip size of the search
// page and a detail page with their CSS. Not a test: it measures, it does not judge.
import { sql } from 'kysely';
import { gzipSync } from 'node:zlib';
import { buildApp, createLogger } from '../src/app.ts';
import { migrations } from '../src/migrations.ts';
import { newId } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config/config.ts';
import type { Engine } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import type { Db } from '../src/platform/db/schema.ts';
import { seedDemoGeography } from '../src/platform/geography/geography.demo.ts';
import { createOutbox } from '../src/platform/mail/outbox.ts';
import { createLogMailer } from '../src/platform/mail/mailer.ts';
import { createTestDatabase } from '../src/platform/testing/test-database.ts';
import { reindexDistrict } from '../src/features/guide/search/index.repository.ts';
import { searchEntries, type SearchFilters } from '../src/features/guide/search/search.repository.ts';
import { queryWords } from '../src/features/guide/search/search.rules.ts';
import { termIdOf } from '../src/features/guide/model/taxonomy.ts';

const ORGANIZATIONS = 5000;
const SERVICES = 20000;
const PLACES = 10000;
const RUNS = 400;

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
const themes = [
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
// A seeded generator, so every run loads the same city and words do not travel together.
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

function placesOf(orgs: { id: string; district_id: string }[], buurten: { id: string; district_id: string }[], stamp: Stamp, at: string) {
  return Array.from({ length: PLACES }, (_, i) => {
    const org = pick(orgs, i);
    const buurt = buurten.filter((b) => b.district_id === org.district_id)[i % 4];
    return {
      id: newId(),
      district_id: org.district_id,
      organization_id: org.id,
      name: `${any(words)} ${pick(['Oost', 'Noord', 'Plein', 'Hof'], i)} ${i}`,
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

/** A synthetic city: every district gets a fifth of everything, with Dutch words to find. */
async function load(db: Db): Promise<string[]> {
  const districts = await db.selectFrom('districts').select('id').orderBy('position').execute();
  const buurten = await db.selectFrom('buurten').select(['id', 'district_id']).execute();
  const at = new Date().toISOString();
  const stamp = { last_verified_at: at, last_verified_by: null, created_at: at, updated_at: at, updated_by: null };
  const orgs = Array.from({ length: ORGANIZATIONS }, (_, i) => ({
    id: newId(),
    district_id: pick(districts, i).id,
    name: `Stichting ${any(words)} ${i}`,
    alternate_name: null,
    kind: 'welfare',
    description: `Organisatie voor ${any(words)} en ${any(words)} in de buurt.`,
    email: null,
    website: null,
    reminded_at: null,
    ...stamp,
  }));
  await insertAll(db, 'organizations', orgs);
  const places = placesOf(orgs, buurten, stamp, at);
  await insertAll(db, 'locations', places);
  const services = Array.from({ length: SERVICES }, (_, i) => {
    const org = pick(orgs, i);
    return {
      id: newId(),
      organization_id: org.id,
      district_id: org.district_id,
      name: `${any(words)} voor ${pick(['iedereen', 'ouderen', 'jongeren', 'ouders'], i)} ${i}`,
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
  const schedule = (id: string, i: number) => ({
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
  });
  await insertAll(
    db,
    'schedules',
    services.map((s, i) => schedule(s.id, i)),
  );
  for (const d of districts) await reindexDistrict(db, d.id);
  // Fresh statistics after a bulk load, as autovacuum (PostgreSQL) or an operator (SQLite) would make.
  await sql`analyze`.execute(db);
  return districts.map((d) => d.id);
}

function queries(districtId: string): SearchFilters[] {
  const text = [
    'koffie',
    'fietsen',
    'cafe',
    'schulden',
    'buurth',
    'mantelzorg ouderen',
    'taalcafe',
    'huiswerk',
    'wandel',
    'repair',
    'yoga',
    'inloop spreekuur',
  ];
  const filtered: SearchFilters[] = [
    { districtId, words: [], termIds: [termIdOf('thema', 'geld')] },
    { districtId, words: queryWords('koffie'), free: true },
    { districtId, words: [], accessible: ['physical', 'welcome'], types: ['location'] },
    { districtId, words: queryWords('spreekuur'), termIds: [termIdOf('voor-wie', 'ouderen')] },
  ];
  return [...text.map((q) => ({ districtId, words: queryWords(q) })), ...filtered];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function timeSearches(db: Db, districtId: string): Promise<{ median: number; p95: number; hits: number }> {
  const list = queries(districtId);
  for (const f of list) await searchEntries(db, f, { limit: 20, offset: 0 });
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await searchEntries(db, pick(list, i), { limit: 20, offset: 0 });
    times.push(performance.now() - started);
    hits += result.total;
  }
  if (process.argv.includes('--detail')) {
    for (const [i, f] of list.entries()) {
      const own = times.filter((_, run) => run % list.length === i).sort((a, b) => a - b);
      console.log(`  ${JSON.stringify({ ...f, districtId: undefined })}: median ${percentile(own, 0.5).toFixed(2)} ms`);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), hits: Math.round(hits / RUNS) };
}

async function pageSizes(database: Awaited<ReturnType<typeof createTestDatabase>>['database']) {
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', BASE_URL: 'http://localhost:3000', DATABASE_URL: ':memory:' }),
    sessionSecret: 'bench-secret-bench-secret-bench-secret',
  };
  const app = await buildApp(
    {
      config,
      database,
      outbox: createOutbox({
        db: database.db,
        mailer: createLogMailer(createLogger('silent'), config.dataDir),
        clock: systemClock,
        log: createLogger('silent'),
      }),
      clock: systemClock,
    },
    { logger: createLogger('silent') },
  );
  const gz = async (url: string) => {
    const response = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    return response.headers['content-encoding'] === 'gzip' ? response.rawPayload.length : gzipSync(response.rawPayload).length;
  };
  const search = await app.inject({ url: '/oost/gids?q=koffie' });
  const css = /href="(\/assets\/wijkportaal\.[0-9a-f]+\.css)"/.exec(search.body)?.[1] ?? '';
  const detail = /href="(\/oost\/gids\/(?:aanbod|plekken|organisaties)\/[0-9a-f-]+)"/.exec(search.body)?.[1] ?? '/oost/gids';
  const sizes = { css: await gz(css), search: await gz('/oost/gids?q=koffie'), detail: await gz(detail) };
  await app.close();
  return sizes;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function bench(engine: Engine): Promise<void> {
  const target = await createTestDatabase(engine);
  try {
    const { db } = target.database;
    await migrateToLatest(db, migrations);
    await seedDemoGeography(db);
    const started = performance.now();
    const districts = await load(db);
    console.log(
      `${engine}: loaded ${ORGANIZATIONS} organisations, ${SERVICES} services, ${PLACES} places in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const t = await timeSearches(db, districts[0] ?? '');
    console.log(
      `${engine}: search in one district, ${RUNS} runs: median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms (on average ${t.hits} matches)`,
    );
    if (engine === 'sqlite') {
      const s = await pageSizes(target.database);
      console.log(
        `page sizes (gzip): search page ${kB(s.search)} + CSS ${kB(s.css)} = ${kB(s.search + s.css)}; detail page ${kB(s.detail)} + CSS = ${kB(s.detail + s.css)}; no JavaScript needed`,
      );
    }
  } finally {
    await target.drop();
  }
}

await bench('sqlite');
if (process.argv.includes('--sqlite-only')) process.exit(0);
try {
  await bench('postgres');
} catch (error) {
  console.log(`postgres: skipped, no server at TEST_DATABASE_URL (${error instanceof Error ? error.message : String(error)})`);
}
