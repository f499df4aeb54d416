import { pino } from 'pino';
import { beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../../platform/db/database.ts';
import { createScheduler } from '../../../platform/jobs/scheduler.ts';
import type { TestClient } from '../../../platform/testing/client.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser } from '../../../platform/testing/users.ts';
import { anonymiseJob } from './anonymise.job.ts';
import { askAs, questionIdOf, signedIn } from '../questions.testing.ts';

const log = pino({ level: 'silent' });

describeEachEngine('privacy: export, erasure and anonymisation', (t) => {
  let admin: TestClient;
  let coordinator: TestClient;
  beforeAll(async () => {
    await createTestUser(t().db, { email: 'beheer@wijk.example', name: 'Beheer', roles: [{ role: 'administrator', district: 'oost' }] });
    await createTestUser(t().db, { email: 'femke@wijk.example', name: 'Femke', roles: [{ role: 'coordinator', district: 'oost' }] });
    admin = await signedIn(t().client(), 'beheer@wijk.example');
    coordinator = await signedIn(t().client(), 'femke@wijk.example');
  });

  it('exports all data about one person as JSON, found by phone in any notation, and audits it', async () => {
    const status = await askAs(t().client(), {
      text: 'Eerste vraag van Kees',
      name: 'Kees',
      phone: '06-55 44 33 22',
      email: 'kees@voorbeeld.example',
    });
    const second = await askAs(t().client(), {
      text: 'Tweede vraag van Kees',
      name: 'Kees',
      phone: '+31 6 5544 3322',
      email: '',
      contactBy: 'phone',
    });
    const ids = [await questionIdOf(t().db, status), await questionIdOf(t().db, second)];
    await admin.get('/oost/beheer/persoonsgegevens');
    const found = await admin.post('/oost/beheer/persoonsgegevens', { phone: '0655443322' });
    expect(found.body).toContain('2 vragen gevonden');
    const download = await admin.post('/oost/beheer/persoonsgegevens/export', { phone: '0655443322' });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="wijkportaal-gegevens-oost-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = JSON.parse(download.body);
    expect(data.questions.map((q: { text: string }) => q.text).sort()).toEqual(['Eerste vraag van Kees', 'Tweede vraag van Kees']);
    expect(data.events.length).toBeGreaterThanOrEqual(2);
    const audit = await t().db.selectFrom('audit_log').selectAll().where('action', '=', 'questions.person_exported').execute();
    expect(audit.map((a) => a.subject_id).sort()).toEqual([...ids].sort());
    expect((await t().client().get(status)).body).toMatch(/Beheer<\/td><td class="utrecht-table__cell">beheerder/);
  });

  it('erases all data about one person on request, stops what is open, and audits it', async () => {
    const status = await askAs(t().client(), {
      text: 'Vraag van Lies met haar adres Dorpsstraat 1',
      name: 'Lies',
      email: 'lies@voorbeeld.example',
      contactBy: 'email',
    });
    const id = await questionIdOf(t().db, status);
    await admin.get('/oost/beheer/persoonsgegevens');
    const confirm = await admin.post('/oost/beheer/persoonsgegevens/wissen', { email: 'LIES@voorbeeld.example' });
    expect(confirm.body).toContain('Ja, wis deze gegevens');
    const erased = await admin.post('/oost/beheer/persoonsgegevens/wissen/bevestigen', { email: 'lies@voorbeeld.example' });
    expect(erased.body).toContain('De gegevens van 1 vraag zijn gewist.');
    const row = await t().db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ text: '', requester_name: null, email: null, phone: null, phone_key: null, status: 'withdrawn' });
    expect(row.anonymised_at).not.toBeNull();
    const gone = await t().client().get(status);
    expect(gone.statusCode).toBe(410);
    expect(gone.body).not.toContain('Lies');
    expect(
      (
        await t()
          .db.selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'questions.person_erased')
          .where('subject_id', '=', id)
          .execute()
      ).length,
    ).toBe(1);
    expect(JSON.stringify(await t().db.selectFrom('question_events').select('body').where('question_id', '=', id).execute())).not.toContain(
      'Lies',
    );
  });

  it('keeps these tools to administrators of the district', async () => {
    expect((await coordinator.get('/oost/beheer/persoonsgegevens')).statusCode).toBe(403);
    expect((await admin.get('/overvecht/beheer/persoonsgegevens')).statusCode).toBe(403);
    const empty = await admin.post('/oost/beheer/persoonsgegevens/export', {});
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Vul een e-mailadres of een telefoonnummer in.');
  });

  it('anonymises closed questions after the retention period, once, however many instances run the job', async () => {
    const status = await askAs(t().client(), { text: 'Een oude vraag van Piet', name: 'Piet' });
    const id = await questionIdOf(t().db, status);
    await coordinator.get(`/oost/vragen/${id}/beantwoorden`);
    await coordinator.post(`/oost/vragen/${id}/beantwoorden`, { answer: 'Antwoord aan Piet' });
    const fresh = await questionIdOf(t().db, await askAs(t().client(), { text: 'Een open vraag' }));
    const jobs = [anonymiseJob(t().deps, 12)];
    const target =
      t().engine === 'postgres' ? { kind: 'postgres' as const, url: t().databaseUrl } : { kind: 'sqlite' as const, file: t().databaseUrl };
    const other = openDatabase(target);
    try {
      const a = createScheduler({ db: t().db, clock: t().clock, log, jobs });
      const b = createScheduler({ db: other.db, clock: t().clock, log, jobs });
      t().clock.advanceMinutes(11 * 30 * 24 * 60);
      await Promise.all([a.tick(), b.tick()]);
      expect(
        (await t().db.selectFrom('questions').select('anonymised_at').where('id', '=', id).executeTakeFirstOrThrow()).anonymised_at,
      ).toBeNull();
      t().clock.advanceMinutes(40 * 24 * 60);
      const ran = await Promise.all([a.tick(), b.tick(), a.tick()]);
      expect(ran.flat()).toEqual(['questions.anonymise']);
    } finally {
      await other.close();
    }
    const row = await t().db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ text: '', requester_name: null, status: 'closed', outcome: 'answered' });
    expect((await t().db.selectFrom('questions').select('text').where('id', '=', fresh).executeTakeFirstOrThrow()).text).toBe(
      'Een open vraag',
    );
    const audit = await t().db.selectFrom('audit_log').selectAll().where('action', '=', 'questions.anonymised').execute();
    // One run per slot: never two records of the same run.
    expect(new Set(audit.map((a) => a.at)).size).toBe(audit.length);
    expect((await t().client().get(status)).statusCode).toBe(410);
  });
});
