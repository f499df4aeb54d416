// `npm run bench:durability`: what SQLite's synchronous=FULL (our default, ADR 0008) costs
// against NORMAL: median and p95 time of one small write transaction — an action's row
// plus its outbox mail — in WAL mode on this machine's disk. Not a test: figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { newId } from '../src/platform/clock.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import { platformMigrations } from '../src/platform/db/platform-migrations.ts';
import type { Tables } from '../src/platform/db/schema.ts';
import { enqueueMail } from '../src/platform/mail/outbox.repository.ts';

const WRITES = Number(process.env.BENCH_SAMPLES ?? 2000);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function measure(mode: 'NORMAL' | 'FULL'): Promise<{ median: number; p95: number; perSecond: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-durability-'));
  const connection = new SQLite(join(dir, 'bench.db'));
  connection.pragma('journal_mode = WAL');
  connection.pragma(`synchronous = ${mode}`);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: connection }) });
  try {
    await migrateToLatest(db, platformMigrations);
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < WRITES; i++) {
      const t0 = performance.now();
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('submissions').values({ key: newId(), created_at: new Date().toISOString(), value: '"x"' }).execute();
        await enqueueMail(trx, { to: 'bewoner@example.nl', subject: 'Uw vraag', text: 'Wij hebben uw vraag.' }, new Date(), 'bench');
      });
      times.push(performance.now() - t0);
    }
    const total = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return { median: percentile(times, 50), p95: percentile(times, 95), perSecond: WRITES / total };
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`SQLite write transactions (a row and its outbox mail), ${WRITES} each, WAL:`);
console.log('| synchronous | median | p95 | transactions per second |');
console.log('| --- | --- | --- | --- |');
for (const mode of ['NORMAL', 'FULL'] as const) {
  const r = await measure(mode);
  console.log(`| ${mode} | ${r.median.toFixed(2)} ms | ${r.p95.toFixed(2)} ms | ${Math.round(r.perSecond)} |`);
}
