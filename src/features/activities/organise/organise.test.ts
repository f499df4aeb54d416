import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD, type TestRole } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { locationsOfDistrict } from '../../guide/index.ts';
import { accessibilityOf } from '../../../platform/testing/pdf.ts';
import { addTestActivity } from '../activities.testing.ts';

describeEachEngine('organising activities', (t) => {
  async function signedIn(role: TestRole) {
    const email = `org${Math.random().toString(36).slice(2, 8)}@wijk.example`;
    await createTestUser(t().db, { email, roles: [role] });
    const client = t().client();
    await client.signIn(email, TEST_PASSWORD);
    return client;
  }

  async function form(overrides: Record<string, string> = {}) {
    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const place = (await locationsOfDistrict(t().db, oost.id)).find((l) => l.name === 'Sterrenzicht');
    return {
      title: 'Breicafé',
      description: 'Samen breien en praten.',
      theme: 'meeting',
      place: place?.id ?? '',
      date: '2026-12-02',
      start: '14:00',
      end: '16:00',
      repeat: 'weekly',
      until: '2027-01-27',
      exceptions: '23-12-2026, 30-12-2026',
      cost: '0',
      organizer: 'Bewonersinitiatief Breicafé',
      contactName: 'Contact Breicafé (demo)',
      ...overrides,
    };
  }

  it("waits for a coordinator's approval for a first-time organiser, then publishes theirs at once", async () => {
    const partner = await signedIn({ role: 'partner_contact', district: 'oost' });
    await partner.get('/oost/activiteiten/nieuw');
    const first = await partner.post('/oost/activiteiten/nieuw', await form());
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toMatch(/melding=ter-goedkeuring$/);
    const id = /activiteiten\/([^?]+)/.exec(first.headers.location ?? '')?.[1] ?? '';
    expect((await t().client().get(`/oost/activiteiten/${id}`)).statusCode).toBe(404);
    expect((await t().client().get('/oost/activiteiten?dag=2026-12-02')).body).not.toContain('Breicafé');

    const coordinator = await signedIn({ role: 'coordinator', district: 'oost' });
    expect((await coordinator.get('/oost/activiteiten/beheer')).body).toContain('Breicafé (Bewonersinitiatief Breicafé)');
    const approved = await coordinator.post(`/oost/activiteiten/${id}/goedkeuren`, {});
    expect(approved.headers.location).toBe('/oost/activiteiten/beheer?melding=goedgekeurd');
    expect((await coordinator.post(`/oost/activiteiten/${id}/goedkeuren`, {})).statusCode).toBe(409);
    const day = await t().client().get('/oost/activiteiten?dag=2026-12-09');
    expect(day.body).toContain('14:00 Breicafé');
    expect((await t().client().get('/oost/activiteiten?dag=2026-12-23')).body).not.toContain('Breicafé');

    await partner.get('/oost/activiteiten/nieuw');
    const second = await partner.post(
      '/oost/activiteiten/nieuw',
      await form({ title: 'Tweede breicafé', repeat: 'none', until: '', exceptions: '' }),
    );
    expect(second.headers.location).toMatch(/melding=toegevoegd$/);
  });

  it('refuses an end before the start, a series without an end and wrong dates, keeping what was typed', async () => {
    const coordinator = await signedIn({ role: 'coordinator', district: 'oost' });
    await coordinator.get('/oost/activiteiten/nieuw');
    const before = (await t().db.selectFrom('activities').select('id').execute()).length;
    const backwards = await coordinator.post('/oost/activiteiten/nieuw', await form({ end: '13:00' }));
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body).toContain('De eindtijd moet na de begintijd zijn.');
    expect(backwards.body).toContain('value="Breicafé"');
    const endless = await coordinator.post('/oost/activiteiten/nieuw', await form({ until: '' }));
    expect(endless.statusCode).toBe(422);
    expect(endless.body).toContain('Een activiteit die vaker is, heeft een einde nodig.');
    const tooLong = await coordinator.post('/oost/activiteiten/nieuw', await form({ until: '2040-01-01' }));
    expect(tooLong.body).toContain('Dat zijn meer dan 400 keer.');
    const wrongDates = await coordinator.post('/oost/activiteiten/nieuw', await form({ exceptions: '31-02-2026' }));
    expect(wrongDates.body).toContain('Vul datums in zoals 24-12-2026');
    const script = await coordinator.post('/oost/activiteiten/nieuw', await form({ place: '<script>' }));
    expect(script.statusCode).toBe(422);
    expect((await t().db.selectFrom('activities').select('id').execute()).length).toBe(before);
  });

  it('lets only organisers of the district in', async () => {
    expect((await (await signedIn({ role: 'coordinator', district: 'overvecht' })).get('/oost/activiteiten/nieuw')).statusCode).toBe(403);
    expect((await (await signedIn({ role: 'resident', district: 'oost' })).get('/oost/activiteiten/nieuw')).statusCode).toBe(403);
    expect((await t().client().get('/oost/activiteiten/nieuw')).statusCode).toBe(303);
    const { id } = await addTestActivity(t().db);
    const other = await signedIn({ role: 'partner_contact', district: 'oost' });
    expect((await other.get(`/oost/activiteiten/${id}/wijzigen`)).statusCode).toBe(403);
    expect((await other.get(`/oost/activiteiten/${id}/aanmeldingen`)).statusCode).toBe(403);
    expect((await other.post(`/oost/activiteiten/${id}/afgelasten`, { what: 'all', reason: 'Weg' })).statusCode).toBe(403);
  });

  it('filters the agenda by buurt, theme, free and accessible places', async () => {
    const all = (await t().client().get('/oost/activiteiten')).body;
    expect(all).toContain('Koffie-inloop bij De Wilg');
    expect(all).toContain('Repair Café Oost');
    const sterrenwijk = (await t().client().get('/oost/activiteiten?buurt=sterrenwijk')).body;
    expect(sterrenwijk).toContain('Digitaal spreekuur');
    expect(sterrenwijk).not.toContain('Koffie-inloop bij De Wilg');
    const free = (await t().client().get('/oost/activiteiten?gratis=1')).body;
    expect(free).not.toContain('Repair Café Oost');
    const accessible = (await t().client().get('/oost/activiteiten?toegankelijk=1')).body;
    expect(accessible).toContain('Repair Café Oost');
    expect(accessible).not.toContain('Digitaal spreekuur');
    const learning = (await t().client().get('/oost/activiteiten?thema=learning&dag=onzin&buurt=%3Cscript%3E')).body;
    expect(learning).toContain('Training: sociale toegankelijkheid');
    expect(learning).not.toContain('Koffie-inloop');
  });

  it('publishes calendar feeds that ical.js reads back, with the series and its exceptions', async () => {
    const { id } = await addTestActivity(t().db, { title: 'Feedtest, met komma; en puntkomma', rrule: 'FREQ=WEEKLY;COUNT=4' });
    const feeds = ['/oost/activiteiten/agenda.ics', '/oost/activiteiten/buurt/sterrenwijk.ics', '/oost/activiteiten/thema/learning.ics'];
    for (const url of feeds) {
      const response = await t().client().get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/calendar');
      const events = new ICAL.Component(ICAL.parse(response.body)).getAllSubcomponents('vevent');
      expect(events.length).toBeGreaterThan(0);
    }
    const one = await t().client().get(`/oost/activiteiten/${id}/activiteit.ics`);
    const events = new ICAL.Component(ICAL.parse(one.body)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary)).toEqual(Array(4).fill('Feedtest, met komma; en puntkomma'));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2026-12-10T18:30:00.000Z',
      '2026-12-17T18:30:00.000Z',
      '2026-12-24T18:30:00.000Z',
      '2026-12-31T18:30:00.000Z',
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(4);
    expect((await t().client().get('/oost/activiteiten/thema/onzin.ics')).statusCode).toBe(404);
    expect((await t().client().get('/oost/activiteiten/buurt/onzin.ics')).statusCode).toBe(404);
  });

  it('keeps a feed only while the activities and places stay the same: a new activity is in the next read', async () => {
    const before = (await t().client().get('/oost/activiteiten/agenda.ics')).body;
    expect(before).not.toContain('Feed na wijziging');
    await addTestActivity(t().db, { title: 'Feed na wijziging' });
    expect((await t().client().get('/oost/activiteiten/agenda.ics')).body).toContain('Feed na wijziging');
  });

  it('cancels one date, then the whole activity: mails to everyone registered or waiting, the calendar says so', async () => {
    const { id, startsAt } = await addTestActivity(t().db, { title: 'Afgelasttest', capacity: 1, rrule: 'FREQ=WEEKLY;COUNT=3' });
    const second = '2026-12-17T18:30:00.000Z';
    for (const [name, date] of [
      ['eerste', startsAt],
      ['wachtend', startsAt],
      ['later', second],
    ] as const) {
      const resident = t().client();
      await resident.get(`/oost/activiteiten/${id}`);
      await resident.post(`/oost/activiteiten/${id}/aanmelden`, { occurrence: date, name, email: `${name}@afgelast.example` });
    }
    const statuses = async () =>
      (await t().db.selectFrom('activity_registrations').select(['name', 'status']).where('activity_id', '=', id).orderBy('name').execute())
        .map((r) => `${r.name}:${r.status}`)
        .join(' ');
    expect(await statuses()).toBe('eerste:confirmed later:confirmed wachtend:waiting');
    const statusOf = async () => {
      const ics = await t().client().get(`/oost/activiteiten/${id}/activiteit.ics`);
      const events = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent');
      return events.map((e) => {
        const event = new ICAL.Event(e);
        return `${event.startDate.toString().slice(5, 10)}:${String(e.getFirstPropertyValue('status'))}`;
      });
    };

    const coordinator = await signedIn({ role: 'coordinator', district: 'oost' });
    const url = `/oost/activiteiten/${id}/afgelasten`;
    expect((await coordinator.get(url)).body).toContain('De hele activiteit (alle datums die nog komen)');
    const notADate = await coordinator.post(url, { what: '2026-12-11T18:30:00.000Z', reason: 'De zaal is dicht.' });
    expect(notADate.statusCode).toBe(422);
    expect(notADate.body).toContain('Op die datum is deze activiteit niet.');
    expect(notADate.body).toContain('De zaal is dicht.</textarea>');
    const noReason = await coordinator.post(url, { what: startsAt, reason: '' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Schrijf kort waarom het niet doorgaat.');
    const script = await coordinator.post(url, { what: startsAt, reason: '<script>alert(1)</script>' });
    expect(script.statusCode).toBe(422);
    expect(script.body).toContain('Gebruik gewone tekst, zonder tekens als &lt; en >.');
    expect(await statuses()).toBe('eerste:confirmed later:confirmed wachtend:waiting');
    expect(await statusOf()).toEqual(['12-10:CONFIRMED', '12-17:CONFIRMED', '12-24:CONFIRMED']);

    const one = await coordinator.post(url, { what: startsAt, reason: 'De zaal is dicht.' });
    expect(one.headers.location).toBe(`/oost/activiteiten/${id}?melding=afgelast`);
    for (const name of ['eerste', 'wachtend']) {
      const mail = await t().smtp.waitFor((m) => m.to.includes(`${name}@afgelast.example`) && m.subject.startsWith('Gaat niet door'));
      expect(mail.subject).toBe('Gaat niet door: Afgelasttest op 2026-12-10');
      expect(mail.text).toContain('Waarom: De zaal is dicht.');
    }
    expect(await statuses()).toBe('eerste:cancelled later:confirmed wachtend:cancelled');
    expect(await statusOf()).toEqual(['12-10:CANCELLED', '12-17:CONFIRMED', '12-24:CONFIRMED']);
    expect((await t().client().get('/oost/activiteiten?dag=2026-12-10')).body).toContain('Gaat niet door: De zaal is dicht.');
    const twice = await coordinator.post(url, { what: startsAt, reason: 'Nog eens.' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Die datum gaat al niet door.');

    expect((await coordinator.post(url, { what: 'all', reason: 'We stoppen ermee.' })).statusCode).toBe(303);
    const last = await t().smtp.waitFor((m) => m.to.includes('later@afgelast.example') && m.subject.startsWith('Gaat niet door'));
    expect(last.subject).toBe('Gaat niet door: Afgelasttest op 2026-12-17');
    expect(await statuses()).toBe('eerste:cancelled later:cancelled wachtend:cancelled');
    expect(await statusOf()).toEqual(['12-10:CANCELLED', '12-17:CANCELLED', '12-24:CANCELLED']);
    expect((await t().client().get(`/oost/activiteiten/${id}`)).body).toContain('Deze activiteit gaat niet door. We stoppen ermee.');
    const again = await coordinator.post(url, { what: 'all', reason: 'Nog eens.' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Deze activiteit gaat al niet door.');
    expect(t().smtp.mails.filter((m) => m.subject.startsWith('Gaat niet door: Afgelasttest'))).toHaveLength(3);
  });

  it('prints the agenda of a week or a month by day, with place and whom to ask, also as a tagged PDF', async () => {
    await addTestActivity(t().db, { title: 'Printtest', startsLocal: '2026-12-09T10:00', capacity: null });
    const week = await t().client().get('/oost/activiteiten/afdrukken?week=2026-12-10');
    expect(week.statusCode).toBe(200);
    expect(week.body).toContain('Week van maandag 7 december 2026 tot en met zondag 13 december 2026');
    expect(week.body).toContain('10:00 – 11:30  Printtest');
    expect(week.body).toContain('Podium Oost');
    expect(week.body).toContain('Vragen? Contact (test)');
    // The paper names whom to call with a number, never "bel …: ." (the number sits on the point's person).
    expect(week.body).toMatch(/Loop binnen of bel [^:<]+: 0\d{2} \d{3} \d{4}\./);
    const month = await t().client().get('/oost/activiteiten/afdrukken?maand=2026-12&buurt=sterrenwijk');
    expect(month.body).toContain('Wat is er te doen in Sterrenwijk');
    expect(month.body).not.toContain('Printtest');
    const pdf = await t().client().get('/oost/activiteiten/afdrukken.pdf?week=2026-12-07');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const a11y = await accessibilityOf(pdf.rawPayload);
    expect(a11y).toMatchObject({ tagged: true, titleShown: true, fontsEmbedded: true });
    expect(a11y.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'H3', 'P']));
    expect(a11y.pdf.text).toContain('Printtest');
  });
});
