import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { findOrCreateLocation, isMeetingPlaceOf, locationsOfDistrict } from '../../guide/index.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

describeEachEngine('pact meetings', (t) => {
  async function coordinator() {
    const email = `coord${Math.random().toString(36).slice(2, 8)}@wijk.example`;
    await createTestUser(t().db, { email, roles: [{ role: 'coordinator', district: 'oost' }] });
    const client = t().client();
    await client.signIn(email, TEST_PASSWORD);
    return client;
  }

  async function venue(name: string) {
    const oost = await findDistrictBySlug(t().db, 'oost');
    const place = (await locationsOfDistrict(t().db, oost?.id ?? '')).find((l) => l.name === name);
    if (place === undefined) throw new Error(`no place ${name}`);
    return place.id;
  }

  it('warns in the year view when the rhythm of the pact is not met', async () => {
    const page = await t().client().get('/oost/samenwerken/bijeenkomsten?jaar=2026');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Het ritme van het pact klopt nog niet in 2026');
    expect(page.body).toContain('Doelgerichte wijkbijeenkomst: 2 gepland, 3 nodig.');
    const api = (await t().client().json('GET', '/api/v1/districts/oost/pact/meetings?year=2026')).json();
    expect(api.meetings.length).toBe(5);
    expect(api.warnings.map((w: { code: string }) => w.code)).toEqual(['pact.rhythm.tooFew', 'pact.rhythm.themes']);
    expect(api.warnings[1].message).toBe(
      'Doelgerichte wijkbijeenkomst: er is nog geen bijeenkomst over leeractiviteiten en projecten (buurtcampus).',
    );
    const noordwest = (await t().client().json('GET', '/api/v1/districts/noordwest/pact/meetings?year=2026')).json();
    expect(noordwest.warnings[0].message).toBe('Leerbijeenkomst: 2 gepland, 3 nodig.');
  });

  it('refuses a meeting without a venue or date, and stores nothing', async () => {
    const client = await coordinator();
    await client.get('/oost/samenwerken/bijeenkomsten/nieuw');
    const before = (await t().db.selectFrom('pact_meetings').select('id').execute()).length;
    const noVenue = await client.post('/oost/samenwerken/bijeenkomsten', {
      kind: 'broad',
      date: '2027-05-11',
      start: '19:30',
      end: '21:00',
      venue: '',
    });
    expect(noVenue.statusCode).toBe(422);
    expect(noVenue.body).toContain('Kies een ontmoetingsplek uit de lijst.');
    const noDate = await client.post('/oost/samenwerken/bijeenkomsten', {
      kind: 'broad',
      date: '',
      start: '19:30',
      end: '21:00',
      venue: await venue('Podium Oost'),
    });
    expect(noDate.statusCode).toBe(422);
    expect(noDate.body).toContain('Vul de datum van de bijeenkomst in.');
    const badDay = await client.post('/oost/samenwerken/bijeenkomsten', {
      kind: 'broad',
      date: '2027-02-30',
      start: '19:30',
      end: '21:00',
      venue: await venue('Podium Oost'),
    });
    expect(badDay.statusCode).toBe(422);
    const backwards = await client.post('/oost/samenwerken/bijeenkomsten', {
      kind: 'broad',
      date: '2027-05-11',
      start: '21:00',
      end: '19:30',
      venue: await venue('Podium Oost'),
    });
    expect(backwards.body).toContain('De eindtijd moet na de begintijd liggen.');
    const noTheme = await client.post('/oost/samenwerken/bijeenkomsten', {
      kind: 'goal',
      date: '2027-05-11',
      start: '19:30',
      end: '21:00',
      venue: await venue('Podium Oost'),
    });
    expect(noTheme.body).toContain('Kies het thema van deze doelgerichte bijeenkomst.');
    const overvecht = await findDistrictBySlug(t().db, 'overvecht');
    const at = new Date().toISOString();
    const elsewhere = await findOrCreateLocation(t().db, { districtId: overvecht?.id ?? '', name: 'Elders', isMeetingPlace: true, at });
    const otherDistrict = await isMeetingPlaceOf(t().db, overvecht?.id ?? '', elsewhere);
    expect(otherDistrict).toBeDefined();
    const api = await client.json('POST', '/api/v1/districts/oost/pact/meetings', {
      kind: 'broad',
      date: '2027-05-11',
      start: '19:30',
      end: '21:00',
      venue: elsewhere,
    });
    expect(api.statusCode).toBe(422);
    expect(api.json().error.fields['body.venue'].message).toBe('Kies een ontmoetingsplek uit de lijst.');
    expect((await t().db.selectFrom('pact_meetings').select('id').execute()).length).toBe(before);
  });

  it('plans a goal meeting, mails invitations with an .ics, and keeps its record', async () => {
    const client = await coordinator();
    await client.get('/oost/samenwerken/bijeenkomsten/nieuw');
    const partners = (await client.json('GET', '/api/v1/districts/oost/pact/partners')).json();
    const hu = partners.find((p: { name: string }) => p.name === 'Hogeschool Utrecht').id;
    const planned = await client.post('/oost/samenwerken/bijeenkomsten', {
      kind: 'goal',
      theme: 'learning',
      date: '2027-03-11',
      start: '19:30',
      end: '21:30',
      venue: await venue('Vitaliteitslab ROC Midden Nederland'),
      organizers: [hu],
      description: 'Over de buurtcampus; studenten, docenten en bewoners.',
    });
    expect(planned.statusCode).toBe(303);
    const path = (planned.headers.location as string).split('?')[0] ?? '';
    const id = path.split('/').at(-1) ?? '';
    const page = await client.get(path);
    expect(page.body).toContain('Wijkbijeenkomst: leeractiviteiten en projecten (buurtcampus)');
    expect(page.body).toContain('Hogeschool Utrecht');

    expect((await client.post(`${path}/uitnodigen`, {})).statusCode).toBe(303);
    const mail = await t().smtp.waitFor(
      (m) => m.to.includes('hu@partners.example') && m.subject.startsWith('Uitnodiging: Wijkbijeenkomst: leer'),
    );
    expect(mail.text).toContain('Vitaliteitslab ROC Midden Nederland');
    const ics = mail.attachments.find((a) => a.filename === 'bijeenkomst.ics');
    if (ics === undefined) throw new Error('no .ics attached');
    const invitation = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
    // An iTIP request (RFC 5546): organiser and every invitee as attendee, so clients offer accept and decline.
    expect(invitation.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(invitation.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.organizer).toMatch(/^mailto:.+@/);
    const attendees = event.attendees.map((a) => String(a.getFirstValue()));
    expect(attendees).toEqual(expect.arrayContaining(['mailto:hu@partners.example', 'mailto:regiegroep.oost@wijkportaal.example']));
    expect(event.attendees.every((a) => a.getParameter('rsvp') === 'TRUE' && a.getParameter('partstat') === 'NEEDS-ACTION')).toBe(true);
    expect(event.uid).toBe(`${id}@wijkportaal`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-11T18:30:00.000Z');
    expect(event.location).toContain('Vitaliteitslab ROC Midden Nederland');
    await t().smtp.waitFor((m) => m.to.includes('regiegroep.oost@wijkportaal.example') && m.subject.includes('leeractiviteiten'));

    expect((await client.post(`${path}/punten`, { kind: 'decision', text: 'Er komt een buurtcampus in Sterrenwijk.' })).statusCode).toBe(
      303,
    );
    expect((await client.post(`${path}/acties`, { description: 'Ruimte zoeken', owner: hu, dueOn: '2027-04-01' })).statusCode).toBe(303);
    expect((await client.post(`${path}/acties`, { description: '', dueOn: '' })).statusCode).toBe(422);
    expect((await client.post(`${path}/aanwezigheid`, { present: [hu] })).statusCode).toBe(303);
    expect((await client.post(`${path}/verslag`, { status: 'held', minutes: 'Goed gesprek.' })).statusCode).toBe(303);
    const detail = (await client.json('GET', `/api/v1/districts/oost/pact/meetings/${id}`)).json();
    expect(detail.decisions).toEqual(['Er komt een buurtcampus in Sterrenwijk.']);
    expect(detail.actions[0]).toMatchObject({
      description: 'Ruimte zoeken',
      owner: 'Hogeschool Utrecht',
      dueOn: '2027-04-01',
      status: 'open',
    });
    expect(detail.attendance).toEqual([hu]);
    expect(detail.status).toBe('held');
    const edit = await client.get(`${path}/wijzigen`);
    expect(edit.body).toContain('value="2027-03-11"');
    expect(edit.body).toContain('value="19:30"');
    const moved = {
      kind: 'goal',
      theme: 'learning',
      date: '2027-03-18',
      start: '20:00',
      end: '21:30',
      venue: await venue('Podium Oost'),
      organizers: [hu],
    };
    expect((await client.post(`${path}/wijzigen`, { ...moved, venue: '' })).statusCode).toBe(422);
    expect((await client.post(`${path}/wijzigen`, moved)).statusCode).toBe(303);
    const feed = new ICAL.Component(ICAL.parse((await t().client().get('/oost/samenwerken/bijeenkomsten.ics')).body));
    const movedEvent = feed
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid === `${id}@wijkportaal`);
    expect(movedEvent?.startDate.toJSDate().toISOString()).toBe('2027-03-18T19:00:00.000Z');
    expect(movedEvent?.location).toContain('Podium Oost');
    expect(movedEvent?.sequence).toBeGreaterThan(event.sequence);
    const visitor = (await t().client().json('GET', `/api/v1/districts/oost/pact/meetings/${id}`)).json();
    expect(visitor.minutes).toBeUndefined();
    expect(visitor.decisions).toBeUndefined();
  });

  it('publishes a calendar feed per district, announced on its pages', async () => {
    const home = await t().client().get('/oost');
    expect(home.body).toContain(
      `<link rel="alternate" type="text/calendar" href="/oost/samenwerken/bijeenkomsten.ics" title="Bijeenkomsten in Oost"/>`,
    );
    const feed = await t().client().get('/oost/samenwerken/bijeenkomsten.ics');
    expect(feed.headers['content-type']).toContain('text/calendar');
    // Its name follows the language cookie: no shared cache may hand one reader's language to another.
    expect(feed.headers.vary).toMatch(/cookie/i);
    expect(feed.headers['cache-control']).not.toContain('public');
    expect(feed.body).not.toMatch(/ATTENDEE|ORGANIZER/);
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Bijeenkomsten in Oost');
    const summaries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    expect(summaries).toContain('Wijkbijeenkomst: preventie en het gezondheidsevenement');
  });
});
