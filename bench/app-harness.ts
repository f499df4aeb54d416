// The app on a fresh SQLite database with the demo data, for the benchmarks that drive it
// by `app.inject` or over HTTP (bench:memory, bench:http). Silent logs, the system clock.
import { buildApp, createLogger } from '../src/app.ts';
import { seedDemoIfEmpty } from '../src/demo.ts';
import { features } from '../src/features/index.ts';
import { migrations } from '../src/migrations.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config/config.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import { createLogMailer } from '../src/platform/mail/mailer.ts';
import { createOutbox } from '../src/platform/mail/outbox.ts';
import { createTestDatabase } from '../src/platform/testing/test-database.ts';

export async function demoApp(env: Record<string, string> = {}) {
  const target = await createTestDatabase('sqlite');
  const { database } = target;
  await migrateToLatest(database.db, migrations);
  await seedDemoIfEmpty(database.db, features, systemClock);
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', BASE_URL: 'http://localhost:3000', DATABASE_URL: target.url, ...env }),
    sessionSecret: 'bench-secret-bench-secret-bench-secret',
  };
  const log = createLogger('silent');
  const outbox = createOutbox({ db: database.db, mailer: createLogMailer(log, config.dataDir), clock: systemClock, log });
  const app = await buildApp({ config, database, outbox, clock: systemClock }, { logger: log });
  return {
    app,
    file: target.url,
    async close() {
      await app.close();
      await target.drop();
    },
  };
}

/** Resident pages of the demo district: the home page, the guide, an entry, results, a PDF. */
export async function residentUrls(app: Awaited<ReturnType<typeof demoApp>>['app']): Promise<string[]> {
  const search = await app.inject({ url: '/oost/gids?q=koffie' });
  const detail = /href="(\/oost\/gids\/(?:aanbod|plekken|organisaties)\/[0-9a-f-]+)"/.exec(search.body)?.[1] ?? '/oost/gids';
  return [
    '/',
    '/oost',
    '/oost/gids',
    '/oost/gids?q=mantelzorg',
    '/oost/gids?thema=geld',
    detail,
    '/oost/resultaten',
    '/oost/resultaten/rapport',
    '/oost/resultaten/rapport.pdf',
    '/healthz',
  ];
}
