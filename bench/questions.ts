// npm run bench:questions — how the questions feature holds up with a busy district's data:
// 20,000 questions on SQLite, timing the pages and jobs people wait for. Prints numbers only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedDemoIfEmpty } from '../src/demo.ts';
import { features } from '../src/features/index.ts';
import { whatMayTravel, type ConsentRecord } from '../src/features/questions/consent/consent.rules.ts';
import { processFigures } from '../src/features/questions/figures/figures.repository.ts';
import { anonymiseQuestion, dueForAnonymising } from '../src/features/questions/privacy/privacy.repository.ts';
import { eventsOf, insertEvent } from '../src/features/questions/question/events.repository.ts';
import { findQuestionByLink, insertLink, insertQuestion, moveQuestion } from '../src/features/questions/question/question.repository.ts';
import { referenceFrom } from '../src/features/questions/question/question.rules.ts';
import { listForTriage } from '../src/features/questions/triage/triage.repository.ts';
import { migrations } from '../src/migrations.ts';
import { hashToken } from '../src/platform/auth/tokens.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';

const QUESTIONS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'wp-bench-'));
const database = openDatabase({ kind: 'sqlite', file: join(dir, 'bench.db') });
const { db } = database;
const now = new Date('2026-11-23T09:00:00.000Z');
const clock = { now: () => now };

async function time<T>(label: string, runs: number, run: () => Promise<T> | T): Promise<void> {
  await run();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await run();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(ms < 1 ? 3 : 1).padStart(9)} ms`);
}

async function seed(districtId: string, buurten: string[]): Promise<string> {
  let token = '';
  const start = performance.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < QUESTIONS; i++) {
      const createdAt = new Date(now.getTime() - (i % 700) * 86_400_000 - i * 1000).toISOString();
      const id = await insertQuestion(trx, {
        districtId,
        buurtId: buurten[i % buurten.length] ?? null,
        reference: referenceFrom(new Uint8Array([i % 32, (i >> 5) % 32, (i >> 10) % 32, (i >> 15) % 32, 7])),
        text: `Vraag ${i}: ik zoek hulp bij de boodschappen en de post.`,
        requesterName: `Bewoner ${i}`,
        contactBy: 'phone',
        phone: `06 ${String(10_000_000 + i)}`,
        email: null,
        street: null,
        walkInLocationId: null,
        urgency: (['normal', 'soon', 'urgent'] as const)[i % 3] ?? 'normal',
        channel: 'online',
        recordedBy: null,
        lang: 'nl',
        createdAt,
      });
      await insertEvent(trx, { questionId: id, at: createdAt, kind: 'asked', actorUserId: null, forResident: true });
      if (i % 4 !== 0)
        await moveQuestion(
          trx,
          id,
          'new',
          { status: 'closed', outcome: 'answered' },
          new Date(Date.parse(createdAt) + 7_200_000).toISOString(),
        );
      token = `bench-token-${i}`;
      await insertLink(trx, id, hashToken(token), createdAt);
    }
  });
  console.log(`${`seed ${QUESTIONS} questions with events and links`.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(9)} ms`);
  return token;
}

try {
  await migrateToLatest(db, migrations);
  await seedDemoIfEmpty(db, features, clock);
  const oost = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
  const buurten = (await db.selectFrom('buurten').select('id').where('district_id', '=', oost.id).execute()).map((b) => b.id);
  const lastToken = await seed(oost.id, buurten);
  console.log('');
  await time('coordinator list, new questions (whole district)', 50, () =>
    listForTriage(db, { districtId: oost.id, buurten: 'all', group: 'nieuw' }),
  );
  await time('coordinator list, closed questions (one buurt)', 50, () =>
    listForTriage(db, { districtId: oost.id, buurten: buurten.slice(0, 1), group: 'afgerond' }),
  );
  await time('status link: find question by token and its timeline', 500, async () => {
    const found = await findQuestionByLink(db, hashToken(lastToken));
    if (found) await eventsOf(db, found.question.id, { forResident: true });
  });
  await time('monitoring figures for one district and year', 20, () => processFigures(db, { districtId: oost.id, year: 2026 }));
  const consents: ConsentRecord[] = Array.from({ length: 5 }, (_, i) => ({
    id: `c${i}`,
    status: 'given',
    organizationIds: [`org${i}`],
    neighbourHelp: false,
    items: ['name', 'phone'],
    purpose: 'bellen',
    how: 'verbal',
    recordedBy: 'u',
    givenAt: '2026-11-01T10:00:00.000Z',
    validUntil: '2027-01-31',
    withdrawnAt: null,
  }));
  await time('consent rule, one decision over 5 consents', 100_000, () =>
    whatMayTravel(consents, { recipient: { kind: 'organization', organizationId: 'org4' }, now, active: true }),
  );
  const due = await dueForAnonymising(db, new Date(now.getTime() - 365 * 86_400_000).toISOString(), 1000);
  const start = performance.now();
  await db.transaction().execute(async (trx) => {
    for (const q of due) await anonymiseQuestion(trx, q.id, now.toISOString());
  });
  console.log(`${`anonymise a batch of ${due.length} questions`.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(9)} ms`);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
