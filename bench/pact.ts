// Performance of the pact and monitoring pages on the demo data plus a busy district:
// `npm run bench:pact` prints the median and slowest time of each request. Numbers, not tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp, createLogger } from '../src/app.ts';
import { seedDemoIfEmpty } from '../src/demo.ts';
import { insertMeeting } from '../src/features/pact/meetings/meetings.repository.ts';
import { insertIndicator, saveValue } from '../src/features/pact/monitoring/indicators.repository.ts';
import { features } from '../src/features/index.ts';
import { migrations } from '../src/migrations.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import type { Db } from '../src/platform/db/schema.ts';
import { createOutbox } from '../src/platform/mail/outbox.ts';
import { createLogMailer } from '../src/platform/mail/mailer.ts';

const MEETINGS = 600;
const INDICATORS = 40;
const RUNS = 30;

async function fillDistrict(db: Db): Promise<void> {
  const oost = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
  const venue = await db.selectFrom('locations').select('id').where('district_id', '=', oost.id).executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  const year = new Date().getUTCFullYear();
  for (let i = 0; i < MEETINGS; i++) {
    const start = new Date(Date.UTC(year, 0, 1) + i * 12 * 3_600_000);
    await insertMeeting(db, {
      districtId: oost.id,
      kind: i % 2 === 0 ? 'goal' : 'other',
      theme: i % 2 === 0 ? 'digital' : null,
      title: `Bijeenkomst ${i}`,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
      venueId: venue.id,
      description: 'Een bijeenkomst om de bench te vullen, met een beschrijving van een paar zinnen.',
      organizerIds: [],
      at,
    });
  }
  for (let i = 0; i < INDICATORS; i++) {
    const id = await insertIndicator(
      db,
      oost.id,
      { name: `Indicator ${i}`, definition: '', unit: 'percent', better: 'lower', source: 'bench', target: { value: 10, year: year + 2 } },
      at,
    );
    for (let y = year - 9; y <= year; y++) await saveValue(db, id, { year: y, value: 20 - (y - year + 9) * 0.7, source: '' });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-bench-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: join(dir, 'bench.db'),
    BASE_URL: 'http://localhost:3000',
  });
  const database = openDatabase(config.database);
  await migrateToLatest(database.db, migrations);
  await seedDemoIfEmpty(database.db, features, systemClock);
  await fillDistrict(database.db);
  const logger = createLogger('silent');
  const app = await buildApp(
    {
      config: { ...config, sessionSecret: 'bench-secret-bench-secret-bench-secret' },
      database,
      outbox: createOutbox({ db: database.db, mailer: createLogMailer(logger, config.dataDir), clock: systemClock, log: logger }),
      clock: systemClock,
    },
    { logger },
  );
  const year = new Date().getUTCFullYear();
  const paths = [
    `/oost/samenwerken/bijeenkomsten.ics`,
    `/oost/samenwerken/bijeenkomsten?jaar=${year}`,
    `/oost/samenwerken/wijkagenda/${year}`,
    `/oost/resultaten?jaar=${year}`,
    `/oost/resultaten/rapport?jaar=${year}`,
    `/oost/resultaten/rapport.pdf?jaar=${year}`,
    `/api/v1/districts/oost/monitoring/indicators`,
  ];
  console.log(
    `Wijkportaal pact bench: SQLite, demo data + ${MEETINGS} meetings and ${INDICATORS} indicators × 10 years in Oost, ${RUNS} runs each`,
  );
  console.log('request'.padEnd(50), 'median ms'.padStart(10), 'max ms'.padStart(8), 'kB'.padStart(7));
  for (const url of paths) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url });
      times.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      size = response.rawPayload.length;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
      url.padEnd(50),
      median.toFixed(1).padStart(10),
      (times.at(-1) ?? 0).toFixed(1).padStart(8),
      (size / 1024).toFixed(0).padStart(7),
    );
  }
  await app.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}

await main();
