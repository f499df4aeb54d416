// `npm run bench:crash`: starts the real app, sends residents' questions from several
// clients at once, kills the app with SIGKILL at random moments, restarts it, and in the
// end counts: acknowledged questions (303 after the form), lost ones (acknowledged but not
// in the database), and status-link mails not delivered or delivered twice (by Message-ID,
// at a local SMTP sink). On SQLite and on PostgreSQL. Not a test: figures.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { DatabaseTarget } from '../src/platform/config/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { startTestSmtp, type TestSmtp } from '../src/platform/testing/smtp.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 6);
const PORT = Number(process.env.BENCH_PORT ?? 3390);
const base = `http://127.0.0.1:${PORT}`;

function startApp(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      BASE_URL: base,
      LOG_LEVEL: 'fatal',
      TRUST_PROXY: '1',
      ...env,
    },
    stdio: 'ignore',
  });
}

async function healthy(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${base}/healthz`).catch(() => null))?.ok === true) return;
    await sleep(50);
  }
  throw new Error('the app did not start');
}

/** One resident asking a question the way a browser does: the form first (CSRF), then the answer. */
async function ask(marker: string): Promise<boolean> {
  // Each client looks like a different address, as behind a proxy: the per-address limit is not what is measured.
  const forwarded = `10.${randomInt(1, 250)}.${randomInt(0, 250)}.${randomInt(1, 250)}`;
  const form = await fetch(`${base}/oost/vraag-stellen`, { headers: { 'x-forwarded-for': forwarded } });
  const html = await form.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const once = /name="_once" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const cookie = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = new URLSearchParams({
    _csrf: token,
    _once: once,
    text: `Ik zoek hulp bij de boodschappen. (${marker})`,
    name: 'Bank Proef',
    contactBy: 'email',
    email: `${marker}@bench.example`,
    urgency: 'normal',
  });
  const answer = await fetch(`${base}/oost/vraag-stellen`, {
    method: 'POST',
    body,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwarded },
    redirect: 'manual',
  });
  return answer.status === 303;
}

async function load(acknowledged: Set<string>, stop: () => boolean): Promise<void> {
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (!stop()) {
        const marker = randomUUID().replace(/-/g, '').slice(0, 20);
        if (await ask(marker).catch(() => false)) acknowledged.add(marker);
      }
    }),
  );
}

async function storedMarkers(target: DatabaseTarget): Promise<Set<string>> {
  const database = openDatabase(target);
  const rows = await database.db.selectFrom('questions').select('text').where('text', 'like', '%(%)').execute();
  await database.close();
  return new Set(rows.flatMap((r) => /\(([0-9a-f]{20})\)$/.exec(r.text)?.[1] ?? []));
}

async function run(engine: string, target: DatabaseTarget, databaseUrl: string, smtp: TestSmtp) {
  const acknowledged = new Set<string>();
  for (let round = 0; round < ROUNDS; round++) {
    const app = startApp({ DATABASE_URL: databaseUrl, SMTP_URL: smtp.url });
    await healthy();
    let stopped = false;
    const writing = load(acknowledged, () => stopped);
    await sleep(1500 + Math.random() * 1500);
    app.kill('SIGKILL');
    await new Promise((resolve) => app.once('exit', resolve));
    stopped = true;
    await writing;
  }
  // A last start delivers what the outbox still holds; then the mails are counted. Mails a
  // killed instance had claimed wait for their lease (two minutes) to run out first.
  const app = startApp({ DATABASE_URL: databaseUrl, SMTP_URL: smtp.url });
  await healthy();
  for (let waited = 0; waited < 240_000; waited += 500) {
    const mailed = new Set(smtp.mails.flatMap((m) => m.to).map((to) => to.split('@')[0] ?? ''));
    if ([...acknowledged].every((m) => mailed.has(m))) break;
    await sleep(500);
  }
  app.kill('SIGTERM');
  await new Promise((resolve) => app.once('exit', resolve));
  const stored = await storedMarkers(target);
  // A mail sent twice with one Message-ID is one mail to the recipient; two IDs are two mails.
  const ids = new Map<string, Set<string>>();
  for (const mail of smtp.mails) {
    for (const to of mail.to) {
      const marker = to.split('@')[0] ?? '';
      ids.set(marker, (ids.get(marker) ?? new Set()).add(mail.messageId));
    }
  }
  const lost = [...acknowledged].filter((m) => !stored.has(m)).length;
  const notMailed = [...acknowledged].filter((m) => (ids.get(m)?.size ?? 0) === 0).length;
  // Only the residents' own mails count: a coordinator rightly gets many mails of their own.
  const twice = [...acknowledged].filter((m) => (ids.get(m)?.size ?? 0) > 1).length;
  console.log(`| ${engine} | ${ROUNDS} | ${acknowledged.size} | ${lost} | ${notMailed} | ${twice} |`);
}

async function postgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `wp_crash_${Date.now()}`;
  const exec = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await exec(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => exec(`drop database if exists ${name} with (force)`) };
}

const smtp = await startTestSmtp();
console.log(`Kill -9 under write load: ${CLIENTS} clients asking questions, ${ROUNDS} kills at random moments.`);
console.log('| engine | kills | acknowledged writes | lost writes | mails not delivered | mails delivered twice |');
console.log('| --- | --- | --- | --- | --- | --- |');
const file = join(mkdtempSync(join(tmpdir(), 'wp-crash-')), 'crash.db');
await run('SQLite', { kind: 'sqlite', file }, file, smtp);
smtp.mails.length = 0;
const postgres = await postgresDatabase();
try {
  await run('PostgreSQL', { kind: 'postgres', url: postgres.url }, postgres.url, smtp);
} finally {
  await postgres.drop();
  await smtp.close();
}
