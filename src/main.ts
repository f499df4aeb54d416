import './runtime-check.ts';
import { buildApp, createLogger } from './app.ts';
import { seedDemoIfEmpty } from './demo.ts';
import { features } from './features/index.ts';
import { migrations } from './migrations.ts';
import { systemClock } from './platform/clock.ts';
import { ConfigError, loadConfig } from './platform/config/config.ts';
import { ensureSessionSecret } from './platform/config/session-secret.ts';
import { openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrator.ts';
import type { AppDeps } from './platform/feature.ts';
import { housekeepingJob } from './platform/jobs/housekeeping.ts';
import { createScheduler } from './platform/jobs/scheduler.ts';
import { createLogMailer, createSmtpMailer } from './platform/mail/mailer.ts';
import { createOutbox } from './platform/mail/outbox.ts';

function readConfig() {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
const database = openDatabase(config.database, { onError: (err) => logger.warn({ err }, 'database connection lost; the pool reconnects') });
const applied = await migrateToLatest(database.db, migrations);
if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
if (config.demoData && (await seedDemoIfEmpty(database.db, features, systemClock))) logger.info('demo data for Utrecht loaded');

const mailer = config.smtpUrl === undefined ? createLogMailer(logger, config.dataDir) : createSmtpMailer(config.smtpUrl, config.mailFrom);
const outbox = createOutbox({ db: database.db, mailer, clock: systemClock, log: logger });
const deps: AppDeps = {
  config: { ...config, sessionSecret: ensureSessionSecret(config.sessionSecret, config.dataDir) },
  database,
  outbox,
  clock: systemClock,
};
const app = await buildApp(deps, { logger });
const scheduler = createScheduler({
  db: database.db,
  clock: systemClock,
  log: app.log,
  jobs: [housekeepingJob, ...features.flatMap((f) => f.jobs?.(deps) ?? [])],
});

const address = await app.listen({ host: config.host, port: config.port });
scheduler.start();
outbox.start();
app.log.info({ address, url: config.baseUrl.href, engine: database.engine }, 'Wijkportaal is running');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: no new requests, finishing the ones in flight');
  await scheduler.stop();
  await app.close();
  await outbox.stop();
  await database.close();
  mailer.close();
  process.exit(0);
}
// A crash is logged as one fatal JSON line (written synchronously) before the process ends.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (err: unknown) => {
    app.log.fatal({ err }, `${event}: the process stops`);
    process.exit(1);
  });
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
