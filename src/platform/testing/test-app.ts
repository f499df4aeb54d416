import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../../app.ts';
import { seedDemoIfEmpty } from '../../demo.ts';
import { features as allFeatures } from '../../features/index.ts';
import { migrations } from '../../migrations.ts';
import { loadConfig } from '../config/config.ts';
import type { Database, Engine } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import type { Db } from '../db/schema.ts';
import type { AppDeps, Feature } from '../feature.ts';
import { createSmtpMailer } from '../mail/mailer.ts';
import { TestClient } from './client.ts';
import { startTestSmtp, type TestSmtp } from './smtp.ts';
import { createTestClock, type TestClock } from './test-clock.ts';
import { createTestDatabase, testEngines } from './test-database.ts';

export interface TestApp {
  engine: Engine;
  app: FastifyInstance;
  db: Db;
  database: Database;
  /** Where another app instance can open the same database. */
  databaseUrl: string;
  deps: AppDeps;
  clock: TestClock;
  smtp: TestSmtp;
  client(): TestClient;
  close(): Promise<void>;
}

function testConfig(smtpUrl: string, databaseUrl: string): AppDeps['config'] {
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      BASE_URL: 'http://localhost:3000',
      SMTP_URL: smtpUrl,
      DATABASE_URL: databaseUrl,
    }),
    sessionSecret: 'test-secret-test-secret-test-secret-1234',
  };
}

/** A migrated database (with the demo data unless asked not to), real SMTP and a movable clock. */
async function createTestApp(engine: Engine, options: { demo?: boolean; features?: readonly Feature[] } = {}): Promise<TestApp> {
  const features = options.features ?? allFeatures;
  const testDb = await createTestDatabase(engine);
  const smtp = await startTestSmtp();
  const clock = createTestClock();
  const { db } = testDb.database;
  await migrateToLatest(db, migrations);
  if (options.demo !== false) await seedDemoIfEmpty(db, features, clock);
  const deps: AppDeps = {
    config: testConfig(smtp.url, testDb.url),
    database: testDb.database,
    mailer: createSmtpMailer(smtp.url, 'Wijkportaal test <test@wijkportaal.localhost>'),
    clock,
  };
  const app = await buildApp(deps, { features });
  return {
    engine,
    app,
    db,
    database: testDb.database,
    databaseUrl: testDb.url,
    deps,
    clock,
    smtp,
    client: () => new TestClient(app),
    async close() {
      await app.close();
      deps.mailer.close();
      await smtp.close();
      await testDb.drop();
    },
  };
}

/** Runs the same suite on every engine the runner has (SQLite always, PostgreSQL in CI). */
export function describeEachEngine(
  title: string,
  body: (t: () => TestApp) => void,
  options: { demo?: boolean; features?: readonly Feature[] } = {},
): void {
  for (const engine of testEngines()) {
    describe(`${title} [${engine}]`, () => {
      let current: TestApp | undefined;
      beforeAll(async () => {
        current = await createTestApp(engine, options);
      });
      afterAll(async () => {
        await current?.close();
      });
      body(() => {
        if (current === undefined) throw new Error('test app not started');
        return current;
      });
    });
  }
}
