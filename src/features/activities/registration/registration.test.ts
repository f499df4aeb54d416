import { expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD, type TestRole } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { addTestActivity } from '../activities.testing.ts';

describeEachEngine('registration without an account', (t) => {
  async function registerAs(activityId: string, occurrence: string, name: string, extra: Record<string, string> = {}) {
    const client = t().client();
    await client.get(`/oost/activiteiten/${activityId}`);
    return client.post(`/oost/activiteiten/${activityId}/aanmelden`, { occurrence, name, email: `${name}@bewoner.example`, ...extra });
  }

  const statuses = async (activityId: string) =>
    await t()
      .db.selectFrom('activity_registrations')
      .select(['name', 'status'])
      .where('activity_id', '=', activityId)
      .orderBy('created_at')
      .orderBy('name')
      .execute();

  it('never gives more places than there are, even when many register at once', async () => {
    const { id, startsAt } = await addTestActivity(t().db, { capacity: 3 });
    const clients = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const client = t().client();
        await client.get(`/oost/activiteiten/${id}`);
        return { client, name: `gelijk${i}` };
      }),
    );
    const answers = await Promise.all(
      clients.map(({ client, name }) =>
        client.post(`/oost/activiteiten/${id}/aanmelden`, { occurrence: startsAt, name, email: `${name}@bewoner.example` }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(8).fill(303));
    const rows = await statuses(id);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(5);
  });

  it('refuses the same address twice for the same day, and stores nothing more', async () => {
    const { id, startsAt } = await addTestActivity(t().db, { capacity: 5 });
    expect((await registerAs(id, startsAt, 'dubbel')).statusCode).toBe(303);
    const again = await registerAs(id, startsAt, 'dubbel', { email: 'DUBBEL@bewoner.example' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Met dit e-mailadres bent u al aangemeld voor deze dag.');
    expect(again.body).toContain('value="dubbel"');
    expect(await statuses(id)).toHaveLength(1);
  });

  it('confirms by mail with a link that cancels, and the first on the waiting list moves up', async () => {
    const { id, startsAt } = await addTestActivity(t().db, { title: 'Wachtlijsttest', capacity: 1 });
    expect((await registerAs(id, startsAt, 'eerste')).headers.location).toContain('melding=aangemeld');
    expect((await registerAs(id, startsAt, 'tweede')).headers.location).toContain('melding=wachtlijst');
    const confirmation = await t().smtp.waitFor(
      (m) => m.to.includes('eerste@bewoner.example') && m.subject === 'U bent aangemeld: Wachtlijsttest',
    );
    await t().smtp.waitFor((m) => m.to.includes('tweede@bewoner.example') && m.subject === 'U staat op de wachtlijst: Wachtlijsttest');
    const link = /http:\/\/localhost:3000(\/oost\/activiteiten\/afmelden\/\S+)/.exec(confirmation.text)?.[1];
    expect(link).toBeDefined();

    const person = t().client();
    const page = await person.get(link ?? '');
    expect(page.statusCode).toBe(200);
    expect(await statuses(id)).toEqual([
      { name: 'eerste', status: 'confirmed' },
      { name: 'tweede', status: 'waiting' },
    ]);
    const cancelled = await person.post(link ?? '', {});
    expect(cancelled.statusCode).toBe(303);
    expect(cancelled.headers.location).toBe(`/oost/activiteiten/${id}?melding=afgemeld`);
    expect(await statuses(id)).toEqual([
      { name: 'eerste', status: 'cancelled' },
      { name: 'tweede', status: 'confirmed' },
    ]);
    const movedUp = await t().smtp.waitFor(
      (m) => m.to.includes('tweede@bewoner.example') && m.subject === 'Er is een plek voor u: Wachtlijsttest',
    );
    expect(movedUp.text).toContain('/oost/activiteiten/afmelden/');

    const twice = await person.post(link ?? '', {});
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('U bent al afgemeld.');
    const unknown = await person.post('/oost/activiteiten/afmelden/onzin', {});
    expect(unknown.statusCode).toBe(404);
  });

  it('reminds everyone with a place the day before, once', async () => {
    const { id, startsAt } = await addTestActivity(t().db, { title: 'Herinnertest', startsLocal: '2026-11-24T19:30', capacity: null });
    await registerAs(id, startsAt, 'herinner');
    await t().runJob('activities.reminders');
    const reminder = await t().smtp.waitFor((m) => m.to.includes('herinner@bewoner.example') && m.subject === 'Morgen: Herinnertest');
    expect(reminder.text).toContain('19:30');
    await t().runJob('activities.reminders');
    expect(t().smtp.mails.filter((m) => m.subject === 'Morgen: Herinnertest')).toHaveLength(1);
  });

  it('asks neighbour help for a buddy when someone would like company', async () => {
    const { id, startsAt } = await addTestActivity(t().db, { title: 'Maatjetest', capacity: null });
    const withoutBuurt = await registerAs(id, startsAt, 'maatje', { buddy: 'on' });
    expect(withoutBuurt.statusCode).toBe(422);
    expect(withoutBuurt.body).toContain('Kies uw buurt.');
    const buurt = await t().db.selectFrom('buurten').select('id').where('slug', '=', 'sterrenwijk').executeTakeFirstOrThrow();
    const answer = await registerAs(id, startsAt, 'maatje', { buddy: 'on', buurt: buurt.id, phone: '06 12 34 56 78' });
    expect(answer.headers.location).toContain('melding=maatje');
    const request = await t()
      .db.selectFrom('help_requests')
      .select(['kind', 'source', 'what'])
      .where('requester_name', '=', 'maatje')
      .executeTakeFirst();
    expect(request).toEqual({ kind: 'buddy', source: 'activity', what: expect.stringContaining('Maatjetest') as string });
  });

  it('refuses a date that is not one of the activity, and script is shown as text', async () => {
    const { id } = await addTestActivity(t().db, { title: '<script>alert(1)</script>', capacity: null });
    const page = await t().client().get(`/oost/activiteiten/${id}`);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('<h1 class="utrecht-heading-1">&lt;script>alert(1)&lt;/script></h1>');
    const wrong = await registerAs(id, '2020-01-01T10:00:00.000Z', 'verkeerd');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('Kies een dag die nog komt.');
  });

  it('answers the JSON API: activities for anyone, registrations only to the organiser side, each read audited', async () => {
    const { id, startsAt } = await addTestActivity(t().db, { title: 'API-test', capacity: 5 });
    await registerAs(id, startsAt, 'apibewoner', { phone: '06 12 34 56 78' });
    const list = await t().client().json('GET', '/api/v1/districts/oost/activities?from=2026-12-10&to=2026-12-11&theme=meeting');
    expect(list.statusCode).toBe(200);
    const found = list.json<{ activities: { id: string; title: string; dates: unknown[]; place: { name: string } }[] }>().activities;
    expect(found.find((a) => a.id === id)).toMatchObject({
      title: 'API-test',
      dates: [{ startsAt, cancelled: null }],
      place: { name: 'Podium Oost' },
    });
    expect((await t().client().json('GET', '/api/v1/districts/oost/activities?from=2026-12-11&to=2026-12-10')).statusCode).toBe(400);
    expect((await t().client().json('GET', '/api/v1/districts/oost/activities?onzin=1')).statusCode).toBe(400);
    const one = (await t().client().json('GET', `/api/v1/districts/oost/activities/${id}`)).json<{ status: string; dates: unknown[] }>();
    expect(one).toMatchObject({ status: 'published', dates: [{ startsAt }] });

    const registrations = `/api/v1/districts/oost/activities/${id}/registrations`;
    const as = async (role: TestRole) => {
      const email = `api${Math.random().toString(36).slice(2, 8)}@wijk.example`;
      const userId = await createTestUser(t().db, { email, roles: [role] });
      const client = t().client();
      await client.signIn(email, TEST_PASSWORD);
      return { client, userId };
    };
    expect((await t().client().json('GET', registrations)).statusCode).toBe(401);
    expect((await (await as({ role: 'coordinator', district: 'overvecht' })).client.json('GET', registrations)).statusCode).toBe(403);
    expect((await (await as({ role: 'partner_contact', district: 'oost' })).client.json('GET', registrations)).statusCode).toBe(403);
    const audited = () =>
      t()
        .db.selectFrom('audit_log')
        .select(['actor_user_id', 'subject_id'])
        .where('action', '=', 'activities.registrations_read')
        .execute();
    expect(await audited()).toHaveLength(0);
    const coordinator = await as({ role: 'coordinator', district: 'oost' });
    const seen = await coordinator.client.json('GET', registrations);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject([{ name: 'apibewoner', email: 'apibewoner@bewoner.example', status: 'confirmed' }]);
    expect(await audited()).toEqual([{ actor_user_id: coordinator.userId, subject_id: id }]);
  });
});
