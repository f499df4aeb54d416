import { systemClock } from '../src/platform/clock.ts';
// `npm run bench:guide [-- --factor 10]`: loads a city-sized synthetic guide (at 1× 5,000
// organisations, 20,000 services, 10,000 places over Utrecht's five districts, see
// guide-city.ts) into SQLite and, when a server answers, PostgreSQL; grows it to 4× and 10×
// up to the factor given, and prints the median and p95 search time at each size, and the
// gzip size of the search page and a detail page with their CSS. `--keep` keeps the city and
// `--on` times a kept one again; `--sqlite-only` and `--postgres-only` take one engine. Not a
// test: it measures.
import { gzipSync } from 'node:zlib';
import { buildApp, createLogger } from '../src/app.ts';
import { migrations } from '../src/migrations.ts';
import { loadConfig } from '../src/platform/config/config.ts';
import { openDatabase, type Engine } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import { sql } from 'kysely';
import type { Db } from '../src/platform/db/schema.ts';
import { seedDemoGeography } from '../src/platform/geography/geography.demo.ts';
import { createOutbox } from '../src/platform/mail/outbox.ts';
import { createLogMailer } from '../src/platform/mail/mailer.ts';
import { createTestDatabase } from '../src/platform/testing/test-database.ts';
import { grow, ORGANIZATIONS, PLACES, SERVICES } from './guide-city.ts';
import { searchEntries, type SearchFilters } from '../src/features/guide/search/search.repository.ts';
import { queryWords } from '../src/features/guide/search/search.rules.ts';
import { termIdOf } from '../src/features/guide/model/taxonomy.ts';

const RUNS = 400;
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

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
      console.log(
        `  ${JSON.stringify({ ...f, districtId: undefined })}: median ${percentile(own, 0.5).toFixed(2)} ms, p95 ${percentile(own, 0.95).toFixed(2)} ms`,
      );
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

/** The sizes measured: 1×, 4× and 10× as far as `--factor` (default 1) reaches, and the factor itself. */
function sizes(): number[] {
  const at = process.argv.indexOf('--factor');
  const factor = at < 0 ? 1 : Math.max(1, Math.round(Number(process.argv[at + 1]) || 1));
  return [...new Set([...[1, 4, 10].filter((f) => f < factor), factor])];
}

/** `--keep`: the city stays (its place is printed) for `--on` to time again without loading it. */
const keep = process.argv.includes('--keep');

async function bench(engine: Engine): Promise<void> {
  const target = await createTestDatabase(engine);
  try {
    const { db } = target.database;
    await migrateToLatest(db, migrations);
    await seedDemoGeography(db);
    let size = 0;
    for (const factor of sizes()) {
      const started = performance.now();
      const districts = await grow(db, size, factor);
      size = factor;
      const n = (count: number) => (count * factor).toLocaleString('en');
      console.log(
        `${engine} ${factor}×: loaded ${n(ORGANIZATIONS)} organisations, ${n(SERVICES)} services, ${n(PLACES)} places in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      const t = await timeSearches(db, districts[0] ?? '');
      console.log(
        `${engine} ${factor}×: search in one district, ${RUNS} runs: median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms (on average ${t.hits} matches counted)`,
      );
    }
    if (engine === 'sqlite') {
      const s = await pageSizes(target.database);
      console.log(
        `page sizes (gzip): search page ${kB(s.search)} + CSS ${kB(s.css)} = ${kB(s.search + s.css)}; detail page ${kB(s.detail)} + CSS = ${kB(s.detail + s.css)}; no JavaScript needed`,
      );
    }
  } finally {
    if (keep) {
      console.log(`${engine}: kept at ${target.url} (time it again: npm run bench:guide -- --on ${target.url})`);
      await target.database.close();
    } else await target.drop();
  }
}

/** `--on <file | postgres URL>`: times a city loaded and kept before, after its migrations. */
async function benchOn(place: string): Promise<void> {
  const database = openDatabase(place.startsWith('postgres') ? { kind: 'postgres', url: place } : { kind: 'sqlite', file: place });
  try {
    await migrateToLatest(database.db, migrations);
    await sql`analyze`.execute(database.db);
    const district = await database.db.selectFrom('districts').select('id').orderBy('position').executeTakeFirstOrThrow();
    const entries = await database.db
      .selectFrom('guide_search')
      .select((e) => e.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    const t = await timeSearches(database.db, district.id);
    console.log(
      `${place}: ${Number(entries.n).toLocaleString('en')} entries; search in one district, ${RUNS} runs: median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms (on average ${t.hits} matches counted)`,
    );
  } finally {
    await database.close();
  }
}

const on = process.argv.indexOf('--on');
if (on >= 0) {
  await benchOn(process.argv[on + 1] ?? '');
  process.exit(0);
}
if (!process.argv.includes('--postgres-only')) await bench('sqlite');
if (process.argv.includes('--sqlite-only')) process.exit(0);
try {
  await bench('postgres');
} catch (error) {
  console.log(`postgres: skipped, no server at TEST_DATABASE_URL (${error instanceof Error ? error.message : String(error)})`);
}
