import { expect, it } from 'vitest';
import { addressKey } from '../../platform/mail/opt-outs.ts';
import { describeEachEngine } from '../../testing/test-app.ts';
// eslint-disable-next-line boundaries/dependencies -- the activities' test helper makes a published activity to put in a digest
import { addTestActivity } from '../activities/activities.testing.ts';

const linkIn = (text: string, path: RegExp) => new RegExp(`http://localhost:3000(${path.source}\\S+)`).exec(text)?.[1] ?? '';

describeEachEngine('subscriptions, the digest and the way out', (t) => {
  const digestsTo = (address: string) => t().smtp.mails.filter((m) => m.to.includes(address) && m.subject.startsWith('Nieuws uit'));
  const statusOf = async (address: string) =>
    (await t().db.selectFrom('subscriptions').select('status').where('email', '=', address).executeTakeFirst())?.status;

  it('subscribes with double opt-in, sends one digest per period with the way out, and none after a one-click unsubscribe', async () => {
    const address = 'lezer@bewoner.example';
    await addTestActivity(t().db, { title: 'Digesttest', startsLocal: '2026-11-26T19:30', capacity: null });
    const resident = t().client();
    await resident.get('/oost/nieuwsbrief');
    const sent = await resident.post('/oost/nieuwsbrief', { email: address, buurt: '', frequency: 'weekly' });
    expect(sent.headers.location).toBe('/oost/nieuwsbrief?melding=bijna');
    const confirmation = await t().smtp.waitFor((m) => m.to.includes(address) && m.subject.startsWith('Bevestig uw aanmelding'));

    // Not confirmed yet: no digest.
    await t().runJob('subscriptions.digest');
    expect(digestsTo(address)).toHaveLength(0);

    const confirmLink = linkIn(confirmation.text, /\/oost\/nieuwsbrief\/bevestigen\//);
    expect((await resident.get(confirmLink)).statusCode).toBe(200);
    expect(await statusOf(address)).toBe('pending');
    expect((await resident.post(confirmLink, {})).headers.location).toBe('/oost/nieuwsbrief?melding=bevestigd');
    expect(await statusOf(address)).toBe('active');

    // Two instances' runs at once, and a third later: one digest for this period.
    await Promise.all([t().runJob('subscriptions.digest'), t().runJob('subscriptions.digest')]);
    await t().runJob('subscriptions.digest');
    const digests = digestsTo(address);
    expect(digests).toHaveLength(1);
    const digest = digests[0];
    expect(digest?.text).toContain('Digesttest');
    expect(digest?.headers['auto-submitted']).toBe('auto-generated');
    expect(digest?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<http:\/\/localhost:3000(\/oost\/afmelden\/\S+)>$/.exec(digest?.headers['list-unsubscribe'] ?? '')?.[1] ?? '';
    expect(digest?.text).toContain(`http://localhost:3000${unsubscribe}`);
    const html = await t()
      .db.selectFrom('mail_outbox')
      .select('html_body')
      .where('to_address', '=', address)
      .where('subject', 'like', 'Nieuws uit%')
      .executeTakeFirst();
    expect(html?.html_body).toContain('Digesttest</a>');

    // A GET only asks; a tampered link is unknown; the mail client's POST needs no cookie or CSRF token.
    const stranger = t().client();
    expect((await stranger.get(unsubscribe)).statusCode).toBe(200);
    expect(await statusOf(address)).toBe('active');
    expect((await stranger.post(`${unsubscribe.slice(0, -2)}xx`, { 'List-Unsubscribe': 'One-Click' }, { csrf: false })).statusCode).toBe(
      404,
    );
    const oneClick = await stranger.post(unsubscribe, { 'List-Unsubscribe': 'One-Click' }, { csrf: false });
    expect(oneClick.statusCode).toBe(303);
    const rows = await t()
      .db.selectFrom('subscriptions')
      .select(['status', 'email'])
      .where('address_key', '=', addressKey(address))
      .execute();
    expect(rows).toEqual([{ status: 'ended', email: '' }]);

    t().clock.set('2026-11-30T09:00:00.000Z');
    await addTestActivity(t().db, { title: 'Volgende week', startsLocal: '2026-12-02T19:30', capacity: null });
    await t().runJob('subscriptions.digest');
    expect(digestsTo(address)).toHaveLength(1);
    t().clock.set('2026-11-23T09:00:00.000Z');
  });

  it('sends reminders with the way out, and none to who opted out of them', async () => {
    const { id, startsAt } = await addTestActivity(t().db, { title: 'Herinnering', startsLocal: '2026-11-24T19:30', capacity: null });
    for (const name of ['blijft', 'stopt']) {
      const client = t().client();
      await client.get(`/oost/activiteiten/${id}`);
      await client.post(`/oost/activiteiten/${id}/aanmelden`, { occurrence: startsAt, name, email: `${name}@bewoner.example` });
    }
    await t().runJob('activities.reminders');
    const reminder = await t().smtp.waitFor((m) => m.to.includes('blijft@bewoner.example') && m.subject === 'Morgen: Herinnering');
    expect(reminder.headers['auto-submitted']).toBe('auto-generated');
    expect(reminder.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(reminder.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/oost\/afmelden\/\S+>$/);

    const stopping = await t().smtp.waitFor((m) => m.to.includes('stopt@bewoner.example') && m.subject === 'Morgen: Herinnering');
    const link = linkIn(stopping.text, /\/oost\/afmelden\//);
    const page = await t().client().get(link);
    expect(page.body).toContain('Geen herinneringen meer');
    expect((await t().client().post(link, {}, { csrf: false })).headers.location).toBe('/oost/afgemeld');

    const next = await addTestActivity(t().db, { title: 'Tweede keer', startsLocal: '2026-11-24T20:00', capacity: null });
    for (const name of ['blijft', 'stopt']) {
      const client = t().client();
      await client.get(`/oost/activiteiten/${next.id}`);
      await client.post(`/oost/activiteiten/${next.id}/aanmelden`, { occurrence: next.startsAt, name, email: `${name}@bewoner.example` });
    }
    await t().runJob('activities.reminders');
    await t().smtp.waitFor((m) => m.to.includes('blijft@bewoner.example') && m.subject === 'Morgen: Tweede keer');
    expect(t().smtp.mails.filter((m) => m.to.includes('stopt@bewoner.example') && m.subject === 'Morgen: Tweede keer')).toEqual([]);
  });

  it('keeps what was typed on a wrong form, and a made-up confirmation link confirms nothing', async () => {
    const client = t().client();
    await client.get('/oost/nieuwsbrief');
    const wrong = await client.post('/oost/nieuwsbrief', { email: 'geen-adres', buurt: 'onzin', frequency: 'dagelijks' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('value="geen-adres"');
    expect(wrong.body).toContain('aria-invalid="true"');
    const made = `/oost/nieuwsbrief/bevestigen/${'a'.repeat(43)}`;
    await client.get(made);
    const confirmed = await client.post(made, {});
    expect(confirmed.statusCode).toBe(404);
    expect(confirmed.body).toContain('Deze link werkt niet (meer).');
    expect((await client.get('/oost/afmelden/onzin')).statusCode).toBe(404);
  });
});
