// The browser tests' server: the real app on a fresh SQLite file with the demo data, and a
// real SMTP server whose received mails the tests read from http://127.0.0.1:<mail port>/mails.
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, createLogger } from '../src/app.ts';
import { seedDemoIfEmpty } from '../src/demo.ts';
import { features } from '../src/features/index.ts';
import { migrations } from '../src/migrations.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import { createSmtpMailer } from '../src/platform/mail/mailer.ts';
import { createOutbox } from '../src/platform/mail/outbox.ts';
import { startTestSmtp } from '../src/platform/testing/smtp.ts';

const port = Number(process.env.E2E_PORT ?? 3100);
const mailPort = Number(process.env.E2E_MAIL_PORT ?? 3101);
const smtp = await startTestSmtp();
const file = join(mkdtempSync(join(tmpdir(), 'wp-e2e-')), 'e2e.db');
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: String(port),
  BASE_URL: `http://localhost:${port}`,
  DATABASE_URL: file,
  SMTP_URL: smtp.url,
  LOG_LEVEL: 'warn',
});
const database = openDatabase(config.database);
await migrateToLatest(database.db, migrations);
await seedDemoIfEmpty(database.db, features, systemClock);
const logger = createLogger('warn');
const mailer = createSmtpMailer(smtp.url, 'Wijkportaal <e2e@wijkportaal.localhost>');
const outbox = createOutbox({ db: database.db, mailer, clock: systemClock, log: logger });
const app = await buildApp(
  { config: { ...config, sessionSecret: 'e2e-secret-e2e-secret-e2e-secret-e2e' }, database, outbox, clock: systemClock },
  { logger },
);
await app.listen({ host: '127.0.0.1', port });
outbox.start(500);
createServer((_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(smtp.mails.map((m) => ({ to: m.to, subject: m.subject, text: m.text }))));
}).listen(mailPort, '127.0.0.1');
