import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from '../db/database.ts';

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
