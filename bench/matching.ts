// `npm run bench:matching`: fills a database with a city-sized synthetic population (all
// Utrecht buurten, 50,000 volunteers, 200,000 past requests) and prints the median and p95
// time to rank candidates for a request, on SQLite and on PostgreSQL. Not a test: figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { rankedCandidatesFor } from '../src/features/help/matching/candidates.repository.ts';
import { oostRules } from '../src/features/help/demo/help.demo.ts';
import { migrations } from '../src/migrations.ts';
import { openDatabase, type Database, type Engine } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import { geography, PAST_REQUESTS, pastRequests, sampleRequest, VOLUNTEERS, volunteers } from './help-city.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1000);
const WARM_UP = 100;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function measure(database: Database): Promise<void> {
  const { db } = database;
  const batch = database.engine === 'sqlite' ? 400 : 1000;
  const started = performance.now();
  await migrateToLatest(db, migrations);
  const city = await geography(db);
  const helpers = await volunteers(db, city, batch);
  await pastRequests(db, city, helpers, batch);
  // The steady state of a running database: statistics, and (PostgreSQL) the visibility map autovacuum keeps.
  await sql.raw(database.engine === 'postgres' ? 'vacuum analyze' : 'analyze').execute(db);
  const filled = (performance.now() - started) / 1000;
  const times: number[] = [];
  let candidates = 0;
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const request = sampleRequest(city);
    const t0 = performance.now();
    const ranked = await rankedCandidatesFor(db, oostRules, request, new Date());
    const elapsed = performance.now() - t0;
    if (i >= WARM_UP) {
      times.push(elapsed);
      candidates += ranked.length;
    }
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `${database.engine.padEnd(10)} ${String(city.buurten.length).padStart(7)} ${String(VOLUNTEERS).padStart(10)} ${String(PAST_REQUESTS).padStart(9)} ` +
      `${filled.toFixed(0).padStart(7)} s ${percentile(times, 50).toFixed(2).padStart(9)} ${p95.toFixed(2).padStart(8)} ${(candidates / SAMPLES).toFixed(1).padStart(10)}  ${p95 < 20 ? 'yes' : 'NO'}`,
  );
}

async function onPostgres(run: (database: Database) => Promise<void>): Promise<void> {
  const admin = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `wp_bench_${process.pid}`;
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    console.log(`postgres   skipped: no server at ${admin.replace(/\/\/[^@]*@/, '//')} (${(error as Error).message})`);
    return;
  }
  await client.query(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = openDatabase({ kind: 'postgres', url: url.href }, { poolSize: 4 });
  try {
    await run(database);
  } finally {
    await database.close();
    if (process.env.BENCH_KEEP === undefined) await client.query(`drop database if exists ${name} with (force)`);
    else console.log(name);
    await client.end();
  }
}

async function onSqlite(run: (database: Database) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-bench-'));
  const database = openDatabase({ kind: 'sqlite', file: join(dir, 'bench.db') });
  try {
    await run(database);
  } finally {
    await database.close();
    if (process.env.BENCH_KEEP === undefined) rmSync(dir, { recursive: true, force: true });
    else console.log(dir);
  }
}

const engines: Record<Engine, (run: (database: Database) => Promise<void>) => Promise<void>> = { sqlite: onSqlite, postgres: onPostgres };
console.log(`Ranking candidates for a help request: ${SAMPLES} random requests after ${WARM_UP} to warm up; goal p95 < 20 ms.\n`);
console.log('engine     buurten volunteers  requests    fill   median ms   p95 ms candidates  goal met');
for (const engine of (process.argv[2] === undefined ? ['sqlite', 'postgres'] : [process.argv[2]]) as Engine[])
  await engines[engine](measure);
