import { expect, it } from 'vitest';
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
});
