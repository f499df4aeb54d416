// `npm run bench:portal [-- --engine postgres]`: a district (Oost) with 5,000 activities (a
// fifth weekly recurring), 2,000 stories and 50,000 digest subscribers on top of the demo
// data; prints median and p95 of the start page, the agenda filtered by buurt and week, the
// Atom and iCalendar feeds; the time to build one digest for every subscriber (into the
// outbox) and the newspaper PDF; and the start page's gzip size with its CSS. Not a test.
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildApp, createLogger } from '../src/app.ts';
import { seedDemoIfEmpty } from '../src/demo.ts';
import { ACTIVITIES_VERSION, insertActivity, replaceOccurrences } from '../src/features/activities/agenda/activities.repository.ts';
import { expandRecurrence } from '../src/features/activities/agenda/recurrence.rules.ts';
import { upcomingActivities } from '../src/features/activities/index.ts';
import { features } from '../src/features/index.ts';
import { locationsOfDistrict } from '../src/features/guide/index.ts';
import { assembleEdition } from '../src/features/stories/newspaper/newspaper.rules.ts';
import { publishedStories } from '../src/features/stories/index.ts';
import { digestJob } from '../src/features/subscriptions/digest/digest.job.ts';
import subscriptionsNl from '../src/features/subscriptions/messages.nl.json' with { type: 'json' };
import subscriptionsEn from '../src/features/subscriptions/messages.en.json' with { type: 'json' };
import { migrations } from '../src/migrations.ts';
import { bumpVersion } from '../src/platform/cache/data-versions.repository.ts';
import { newId, type Clock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config/config.ts';
import type { Engine } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import type { Db } from '../src/platform/db/schema.ts';
import { findDistrictBySlug, listBuurten } from '../src/platform/geography/geography.repository.ts';
import { addressKey } from '../src/platform/mail/opt-outs.ts';
import { createLogMailer } from '../src/platform/mail/mailer.ts';
import { createOutbox } from '../src/platform/mail/outbox.ts';
import { renderBlocksInWorker } from '../src/platform/pdf/pdf-workers.ts';
import { createTestDatabase } from '../src/platform/testing/test-database.ts';

const RUNS = 200;
// Monday 7 December 2026, 08:00 in Amsterdam: a weekly digest is due.
const NOW = new Date('2026-12-07T07:00:00.000Z');
const clock: Clock = { now: () => new Date(NOW) };
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function load(db: Db) {
  const district = await findDistrictBySlug(db, 'oost');
  if (district === undefined) throw new Error('no Oost');
  const buurten = await listBuurten(db, district.id);
  const places = await locationsOfDistrict(db, district.id);
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < 5000; i++) {
      const day = new Date(NOW.getTime() + ((i * 7919) % (120 * 24)) * 3600_000).toISOString().slice(0, 10);
      const fields = {
        buurtId: i % 10 === 0 ? null : pick(buurten, i).id,
        title: `Activiteit ${i}`,
        description: 'Voor de meting.',
        audience: '',
        theme: 'meeting' as const,
        locationId: pick(places, i).id,
        startsLocal: `${day}T${String(9 + (i % 10)).padStart(2, '0')}:00`,
        durationMinutes: 90,
        rrule: i % 5 === 0 ? 'FREQ=WEEKLY;COUNT=12' : '',
        exdates: [],
        costCents: 0,
        organizerName: 'Meting',
        contactName: 'Meting',
        contactPhone: null,
        contactEmail: null,
        registration: false,
        capacity: null,
      };
      const id = await insertActivity(trx, {
        ...fields,
        districtId: district.id,
        organizerUserId: null,
        status: 'published',
        at: NOW.toISOString(),
      });
      await replaceOccurrences(trx, { id, districtId: district.id }, expandRecurrence(fields));
    }
    const body = 'Een verhaal uit de buurt, om te meten. '.repeat(30);
    for (let i = 0; i < 2000; i += 200) {
      const rows = Array.from({ length: 200 }, (_, j) => {
        const at = new Date(NOW.getTime() - ((i + j) % 365) * 86_400_000 - 3600_000).toISOString();
        return {
          id: newId(),
          district_id: district.id,
          buurt_id: (i + j) % 4 === 0 ? null : pick(buurten, i + j).id,
          kind: 'story',
          title: `Verhaal ${i + j}`,
          body,
          author_name: 'Bewoner',
          status: 'published',
          published_at: at,
          created_at: at,
          updated_at: at,
        };
      });
      await trx.insertInto('stories').values(rows).execute();
    }
    for (let i = 0; i < 50_000; i += 500) {
      const rows = Array.from({ length: 500 }, (_, j) => {
        const email = `lezer${i + j}@bewoner.example`;
        return {
          id: newId(),
          district_id: district.id,
          buurt_id: (i + j) % 6 === 0 ? null : pick(buurten, i + j).id,
          email,
          address_key: addressKey(email),
          frequency: (i + j) % 5 === 0 ? 'monthly' : 'weekly',
          lang: (i + j) % 10 === 0 ? 'en' : 'nl',
          status: 'active',
          created_at: '2026-11-01T00:00:00.000Z',
          confirmed_at: '2026-11-01T00:00:00.000Z',
        };
      });
      await trx.insertInto('subscriptions').values(rows).execute();
    }
  });
  return { district, buurten };
}

/** The feed is kept per data version and day (calendar.query.ts): a read after a change builds it. */
async function timeFeedBuilds(engine: Engine, db: Db, app: Awaited<ReturnType<typeof buildApp>>, url: string): Promise<void> {
  const builds: number[] = [];
  for (let i = 0; i < 20; i++) {
    await bumpVersion(db, ACTIVITIES_VERSION);
    const started = performance.now();
    await app.inject({ url });
    builds.push(performance.now() - started);
  }
  builds.sort((a, b) => a - b);
  const bytes = (await app.inject({ url })).rawPayload.length;
  console.log(
    `${engine}: iCalendar feed, the first read after a change (building it), 20 runs: median ${ms(percentile(builds, 0.5))}, p95 ${ms(percentile(builds, 0.95))}; ${(bytes / 1e6).toFixed(1)} MB`,
  );
}

async function bench(engine: Engine): Promise<void> {
  const target = await createTestDatabase(engine);
  try {
    const { db } = target.database;
    await migrateToLatest(db, migrations);
    await seedDemoIfEmpty(db, features, clock);
    let started = performance.now();
    const { district, buurten } = await load(db);
    console.log(
      `${engine}: loaded 5,000 activities, 2,000 stories, 50,000 subscribers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const config = {
      ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', BASE_URL: 'http://localhost:3000', DATABASE_URL: target.url }),
      sessionSecret: 'bench-secret-bench-secret-bench-secret',
    };
    const log = createLogger('silent');
    const outbox = createOutbox({ db, mailer: createLogMailer(log, config.dataDir), clock, log });
    const deps = { config, database: target.database, outbox, clock };
    const app = await buildApp(deps, { logger: log });
    const buurt = buurten[1]?.slug ?? '';
    const pages = {
      'start page': '/oost',
      'agenda by buurt and week': `/oost/activiteiten?buurt=${buurt}&week=2026-12-14`,
      'Atom feed': '/oost/verhalen/atom.xml',
      'iCalendar feed': '/oost/activiteiten/agenda.ics',
    };
    for (const [name, url] of Object.entries(pages)) {
      for (let i = 0; i < 5; i++) await app.inject({ url });
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        started = performance.now();
        const answer = await app.inject({ url });
        times.push(performance.now() - started);
        if (answer.statusCode !== 200) throw new Error(`${url}: ${answer.statusCode}`);
      }
      times.sort((a, b) => a - b);
      console.log(`${engine}: ${name}, ${RUNS} runs: median ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}`);
    }
    await timeFeedBuilds(engine, db, app, pages['iCalendar feed']);
    if (engine === 'sqlite') {
      const start = await app.inject({ url: '/oost' });
      const css = /href="(\/assets\/wijkportaal\.[0-9a-f]+\.css)"/.exec(start.body)?.[1] ?? '';
      const cssBytes = gzipSync((await app.inject({ url: css })).rawPayload).length;
      const startBytes = gzipSync(start.rawPayload).length;
      console.log(
        `start page (gzip): ${(startBytes / 1024).toFixed(1)} kB + CSS ${(cssBytes / 1024).toFixed(1)} kB = ${((startBytes + cssBytes) / 1024).toFixed(1)} kB`,
      );
    }
    started = performance.now();
    await digestJob(deps, { nl: subscriptionsNl, en: subscriptionsEn }).run({ db, now: NOW, log });
    const queued = await db
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('subject', 'like', '%News from%')
      .executeTakeFirstOrThrow();
    const all = await db
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    console.log(
      `${engine}: digest for 50,000 subscribers (weekly due, monthly already sent this month or not): ${((performance.now() - started) / 1000).toFixed(1)} s, ${all.n.toLocaleString('en')} mails in the outbox (${queued.n} in English)`,
    );
    // The digest woke the outbox, which would now send 50,000 mails beside the newspaper.
    await outbox.stop();
    console.log(`${engine}: heap after the digest: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
    started = performance.now();
    const month = { since: '2026-11-01T00:00:00.000Z', until: '2026-12-01T00:00:00.000Z' };
    const [stories, dates] = await Promise.all([
      publishedStories(db, district.id, { ...month, buurtId: null, limit: 20 }),
      upcomingActivities(db, district.id, { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', buurtId: null, limit: 200 }),
    ]);
    const gathered = performance.now() - started;
    const words = {
      title: 'Oost voor Elkaar',
      period: 'december 2026',
      intro: '',
      storiesHeading: 'Verhalen',
      noStories: '',
      agendaHeading: 'Wat is er te doen',
      agendaHead: ['Datum', 'Tijd', 'Wat', 'Waar'] as [string, string, string, string],
      noAgenda: '',
      readOn: (u: string) => u,
      more: '',
      contact: '',
    };
    const blocks = assembleEdition(
      stories.map((s) => ({ title: s.title, body: s.body, byline: '', url: s.id })),
      dates.map((d) => ({ date: d.startsAt.slice(0, 10), time: d.startsAt.slice(11, 16), title: d.title, place: '' })),
      words,
    );
    // As the newspaper route does: in a PDF worker thread (the first build also starts the worker).
    const pdf = await renderBlocksInWorker({ meta: { title: 'Oost voor Elkaar', lang: 'nl' }, blocks });
    console.log(
      `${engine}: newspaper PDF (in a worker, as the app builds it): data ${ms(gathered)}, build ${ms(performance.now() - started - gathered)}, ${(pdf.length / 1024).toFixed(0)} kB`,
    );
    await app.close();
  } finally {
    await target.drop();
  }
}

const engineAt = process.argv.indexOf('--engine');
const engine: Engine = engineAt >= 0 && process.argv[engineAt + 1] === 'postgres' ? 'postgres' : 'sqlite';
console.log(
  `measured under load: load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
await bench(engine);
process.exit(0);
