import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database, type Engine } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { platformMigrations } from '../db/platform-migrations.ts';
import { createTestClock, type TestClock } from './test-clock.ts';

/** SQLite always; PostgreSQL when the test runner found a server (WP_TEST_POSTGRES=1). */
export function testEngines(): Engine[] {
  return process.env.WP_TEST_POSTGRES === '1' ? ['sqlite', 'postgres'] : ['sqlite'];
}

function postgresAdminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface TestDatabase {
  database: Database;
  /** A URL another instance can open, for tests with two app instances. */
  url: string;
  drop(): Promise<void>;
}

async function withAdmin(run: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/** A brand-new, empty database per test file: tests never see each other's rows. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'wp-test-'));
    const file = join(dir, 'test.db');
    const database = openDatabase({ kind: 'sqlite', file });
    return {
      database,
      url: file,
      async drop() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `wp_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdmin((c) => c.query(`create database ${name}`).then(() => undefined));
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  const database = openDatabase({ kind: 'postgres', url: url.href }, { poolSize: 5 });
  return {
    database,
    url: url.href,
    async drop() {
      await database.close();
      await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`).then(() => undefined));
    },
  };
}

export interface PlatformTestDb {
  engine: Engine;
  db: Database['db'];
  /** Where a second instance can open the same database. */
  url: string;
  clock: TestClock;
}

/**
 * For platform tests: each engine gets an empty database with only the platform's
 * migrations (no feature, no demo data) and a movable clock.
 */
export function describeEachDatabase(title: string, body: (t: () => PlatformTestDb) => void): void {
  for (const engine of testEngines()) {
    describe(`${title} [${engine}]`, () => {
      let current: (PlatformTestDb & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        const created = await createTestDatabase(engine);
        await migrateToLatest(created.database.db, platformMigrations);
        current = { engine, db: created.database.db, url: created.url, clock: createTestClock(), drop: () => created.drop() };
      });
      afterAll(async () => {
        await current?.drop();
      });
      body(() => {
        if (current === undefined) throw new Error('test database not created');
        return current;
      });
    });
  }
}

/** Opens the same test database a second time, as a second app instance would. */
export function openSecondConnection(t: PlatformTestDb): Database {
  return openDatabase(t.engine === 'postgres' ? { kind: 'postgres', url: t.url } : { kind: 'sqlite', file: t.url });
}
