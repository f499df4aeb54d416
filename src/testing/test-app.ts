import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../app.ts';
import { seedDemoIfEmpty } from '../demo.ts';
import { features as allFeatures } from '../features/index.ts';
import { migrations } from '../migrations.ts';
import { loadConfig } from '../platform/config/config.ts';
import type { Database, Engine } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import type { Db } from '../platform/db/schema.ts';
import type { AppDeps, Feature } from '../platform/feature.ts';
import { createSmtpMailer, type Mailer } from '../platform/mail/mailer.ts';
import { createOutbox } from '../platform/mail/outbox.ts';
import { pino } from 'pino';
import { enforceApiContract } from '../platform/testing/api-contract.ts';
import { TestClient } from '../platform/testing/client.ts';
import { startTestSmtp, type TestSmtp } from '../platform/testing/smtp.ts';
import { createTestClock, type TestClock } from '../platform/testing/test-clock.ts';
import { createTestDatabase, testEngines } from '../platform/testing/test-database.ts';

export interface TestApp {
  engine: Engine;
  app: FastifyInstance;
  db: Db;
  database: Database;
  /** Where another app instance can open the same database. */
  databaseUrl: string;
  deps: AppDeps;
  /** The SMTP client behind the outbox, for tests that make it fail. */
  mailer: Mailer;
  clock: TestClock;
  smtp: TestSmtp;
  /** A browser stand-in; `address` is the client's IP address as the app sees it. */
  client(options?: { address?: string }): TestClient;
  /** Runs one scheduled job of the app now, then delivers the mail it queued. */
  runJob(name: string): Promise<void>;
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
  const mailer = createSmtpMailer(smtp.url, 'Wijkportaal test <test@wijkportaal.localhost>');
  const outbox = createOutbox({ db, mailer, clock, log: pino({ level: 'silent' }) });
  const deps: AppDeps = { config: testConfig(smtp.url, testDb.url), database: testDb.database, outbox, clock };
  const app = await buildApp(deps, { features });
  enforceApiContract(app);
  outbox.start(200);
  return {
    engine,
    app,
    db,
    database: testDb.database,
    databaseUrl: testDb.url,
    deps,
    mailer,
    clock,
    smtp,
    client: (options) => new TestClient(app, options?.address),
    async runJob(name) {
      const job = features.flatMap((f) => f.jobs?.(deps) ?? []).find((j) => j.name === name);
      if (job === undefined) throw new Error(`no job named ${name}`);
      await job.run({ db, now: clock.now(), log: app.log });
      await outbox.drain();
    },
    async close() {
      await app.close();
      await outbox.stop();
      mailer.close();
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
