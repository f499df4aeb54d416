import { expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../../platform/testing/users.ts';
import { addContact } from '../guide/index.ts';
import { describeEachEngine, type TestApp } from '../../testing/test-app.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function coordinator(t: TestApp, district: string, role: 'coordinator' | 'steering_member' = 'coordinator') {
  const email = `${role}.${district}.${t.engine}.${Math.random().toString(36).slice(2)}@wijk.example`;
  await createTestUser(t.db, { email, name: 'Test Coördinator', roles: [{ role, district }] });
  const client = t.client();
  await client.signIn(email, TEST_PASSWORD);
  return client;
}

describeEachEngine('the front door (issue 11.1, 11.3, 11.4; issue 10.2, 10.3, 10.4, 10.6, 10.12)', (t) => {
  it('opens the district with a search box and the wijkinformatiepunt from the guide: phone, hours, open now', async () => {
    // The test clock stands at Monday 23 November 2026, 10:00 in Amsterdam: the walk-in is on.
    const page = await t().client().get('/oost');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<form method="get" action="\/oost\/gids"[^>]*role="search"/);
    const body = text(page.body);
    expect(body).toContain('Bel of loop binnen');
    expect(body).toContain('Wijkinformatiepunt Oost');
    expect(page.body).toContain('href="tel:0300000007"');
    expect(body).toContain('Nu open, tot 12:30 uur.');
    expect(body).toContain('Elke maandag, woensdag en vrijdag, 10:00–12:30');
    expect(page.body).toContain('data-contact');
    expect(body).toContain('Buurtnetwerken en buurtassistenten (0 van 15 bekend)');
    t().clock.advanceMinutes(4 * 60);
    expect(text((await t().client().get('/oost')).body)).toContain('Nu dicht. Weer open op woensdag om 10:00 uur.');
  });

  it('lists as walk-in points only the places with walk-in or consultation hours, and the question form offers the same', async () => {
    const points = (await t().client().get('/api/v1/districts/oost/inlooppunten')).json<
      { name: string; hours: { staffedBy: string }[] }[]
    >();
    const names = points.map((p) => p.name);
    expect(names).toContain('Wijkinformatiepunt Oost');
    expect(names).toContain('Buurtteam Oost, kantoor');
    expect(names).not.toContain('Praktijkschool Kranenburg');
    expect(points.find((p) => p.name === 'Buurtteam Oost, kantoor')?.hours.map((h) => h.staffedBy)).toEqual(['professionals']);
    const form = (await t().client().get('/oost/vraag-stellen')).body;
    const select = form.slice(form.indexOf('name="walkIn"'), form.indexOf('</select>', form.indexOf('name="walkIn"')));
    const offered = [...select.matchAll(/<option value="[^"]+"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(offered).toEqual(names);
  });

  it('shows seed 004’s empty network cells as not known yet, with the wijkinformatiepunt’s number', async () => {
    const table = await t().client().get('/oost/buurtnetwerken');
    expect(table.statusCode).toBe(200);
    expect(text(table.body)).toContain('Nog niet bekend — bel het wijkinformatiepunt 030 000 0007');
    const buurt = text((await t().client().get('/oost/buurten/sterrenwijk')).body);
    expect(buurt).toContain('Buurtnetwerk Sterrenwijk Naam buurtnetwerk Nog niet bekend');
    expect(buurt).toContain('Bel of loop binnen');
    expect(buurt).not.toContain('Buurtassistent Sterrenwijk');
  });

  it('lets a coordinator keep a buurt’s network; the assistant is the guide’s contact for that buurt', async () => {
    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const buurt = await t().db.selectFrom('buurten').select('id').where('slug', '=', 'oudwijk').executeTakeFirstOrThrow();
    const coop = await t()
      .db.selectFrom('organizations')
      .select('id')
      .where('name', '=', 'Wijkcoöperatie Oost voor Elkaar')
      .executeTakeFirstOrThrow();
    const at = t().clock.now().toISOString();
    // As the guide's writers do (pages keep the district's named people per data version).
    await addContact(t().db, {
      organizationId: coop.id,
      buurtId: buurt.id,
      name: 'Buurtassistent (test)',
      title: 'Buurtassistent',
      contactFor: 'Oudwijk',
      email: null,
      phone: '030 000 0999',
      userId: null,
      at,
    });
    expect((await t().client().get('/oost/buurtnetwerken/oudwijk/wijzigen')).statusCode).toBe(303);
    expect((await (await coordinator(t(), 'overvecht')).get('/oost/buurtnetwerken/oudwijk/wijzigen')).statusCode).toBe(403);
    const client = await coordinator(t(), 'oost');
    const form = await client.get('/oost/buurtnetwerken/oudwijk/wijzigen');
    expect(text(form.body)).toContain('Buurtassistent volgens de wegwijzer: Buurtassistent (test).');
    const tooLong = await client.post('/oost/buurtnetwerken/oudwijk/wijzigen', { name: 'x'.repeat(121), availability: 'dinsdag' });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.body).toContain('value="dinsdag"');
    const saved = await client.post('/oost/buurtnetwerken/oudwijk/wijzigen', {
      name: 'Oudwijk <b>samen</b>',
      availability: 'dinsdag 9–12 uur',
    });
    expect(saved.statusCode).toBe(303);
    const page = (await t().client().get('/oost/buurten/oudwijk')).body;
    expect(page).toContain('Oudwijk &lt;b>samen&lt;/b>');
    expect(page).toContain('href="tel:0300000999"');
    expect(text(page)).toContain('bereikbaar: dinsdag 9–12 uur');
    const api = (await t().client().get('/api/v1/districts/oost/buurtnetwerken')).json<
      { buurt: { slug: string }; assistant: { name: string } | null }[]
    >();
    expect(api.find((n) => n.buurt.slug === 'oudwijk')?.assistant?.name).toBe('Buurtassistent (test)');
    expect(api.filter((n) => n.assistant !== null)).toHaveLength(1);
    const audit = await t().db.selectFrom('audit_log').select('district_id').where('action', '=', 'portal.network.changed').execute();
    expect(audit).toEqual([{ district_id: oost.id }]);
  });

  it('gives the help page’s contact block from the guide, not from typed text', async () => {
    const help = (await t().client().get('/oost/hulp')).body;
    expect(help).toContain('data-contact');
    expect(help).toContain('href="tel:0300000007"');
    expect(help).not.toContain('dinsdag en donderdag 10.00–12.00');
  });

  it('kiosk: a search gives links with where, phone and hours; the entry shows them and the way back', async () => {
    const results = await t().client().get('/oost/kiosk/zoeken?q=buurtteam');
    const link = /<a class="utrecht-link wp-kiosk__hit" href="([^"]+)">Begeleiding op maat door het buurtteam</.exec(results.body)?.[1];
    expect(link).toMatch(/^\/oost\/kiosk\/aanbod\//);
    expect(results.body).toMatch(/wp-kiosk__reach.*href="tel:\d+"/);
    const entry = await t()
      .client()
      .get(link ?? '');
    expect(entry.statusCode).toBe(200);
    const body = text(entry.body);
    expect(body).toContain('Buurtteam Oost, kantoor, Voorbeeldkade 8, 3581 AH');
    expect(body).toContain('Vraag naar Karim Buurtteam (demo)');
    expect(body).toContain('Elke dinsdag en donderdag, 09:00–12:00');
    expect(entry.body).toMatch(/Bel<\/dt><dd[^>]*><span class="wp-phone"><a class="utrecht-link" href="tel:\d+"/);
    expect(body).toContain('Terug naar het begin');
    expect((await t().client().get('/oost/kiosk/aanbod/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await t().client().get('/oost/kiosk/plekken/niet-een-id')).statusCode).toBe(404);
  });

  it('an empty search names a person to call and which filter to drop', async () => {
    const page = await t().client().get('/oost/gids?q=koffie&gratis=ja&buurt=de-uithof&soort=plekken');
    const body = text(page.body);
    expect(body).toContain('0 resultaten');
    expect(body).toContain('Bel of loop binnen');
    expect(page.body).toContain('href="tel:0300000007"');
    expect(body).toMatch(/Zonder „buurt”: \d+ gevonden/);
  });

  it('platforms and apps (issue 11.8): seed 004’s list without dates; only Oost’s steering group changes it', async () => {
    const page = text((await t().client().get('/oost/platforms-en-apps')).body);
    expect(page).toContain('Gebiedonline');
    expect(page).toContain('Podium Oost TV');
    expect(page).toContain('Gekozen op: datum niet bekend.');
    expect(text((await t().client().get('/oost')).body)).toMatch(
      /Platforms en apps Facebook: Oostkrant — .* Gebiedonline — Eén bewonersplatform/,
    );
    expect((await (await coordinator(t(), 'oost')).get('/oost/platforms-en-apps/nieuw')).statusCode).toBe(403);
    expect((await (await coordinator(t(), 'overvecht', 'steering_member')).get('/oost/platforms-en-apps/nieuw')).statusCode).toBe(403);
    const steering = await coordinator(t(), 'oost', 'steering_member');
    await steering.get('/oost/platforms-en-apps/nieuw');
    const fields = { name: 'Buurtapp Oudwijk', purpose: 'Elkaar vinden in de buurt.', audience: 'Bewoners van Oudwijk' };
    const bad = await steering.post('/oost/platforms-en-apps/nieuw', { ...fields, link: 'http://voorbeeld.nl', chosenOn: '2026-12-24' });
    expect(bad.statusCode).toBe(422);
    expect(text(bad.body)).toContain('De link moet beginnen met https://');
    expect(text(bad.body)).toContain('Deze datum is nog niet geweest');
    expect(bad.body).toContain('value="Buurtapp Oudwijk"');
    expect(bad.body).toMatch(/id="field-link"[^>]*aria-invalid="true"/);
    const added = await steering.post('/oost/platforms-en-apps/nieuw', {
      ...fields,
      link: 'https://voorbeeld.nl/oudwijk',
      chosenOn: '2026-11-02',
    });
    expect(added.statusCode).toBe(303);
    const api = (await t().client().get('/api/v1/districts/oost/platforms')).json<
      { id: string; name: string; chosenOn: string | null }[]
    >();
    const mine = api.find((p) => p.name === 'Buurtapp Oudwijk');
    expect(mine?.chosenOn).toBe('2026-11-02');
    expect(api.find((p) => p.name === 'Gebiedonline')?.chosenOn).toBeNull();
    expect(text((await t().client().get('/oost/platforms-en-apps')).body)).toContain('Gekozen door de regiegroep op 2 november 2026.');
    await steering.get(`/oost/platforms-en-apps/${mine?.id ?? ''}/wijzigen`);
    expect((await steering.post(`/oost/platforms-en-apps/${mine?.id ?? ''}/verwijderen`, {})).statusCode).toBe(303);
    expect((await t().client().get('/api/v1/districts/oost/platforms')).json<unknown[]>()).toHaveLength(api.length - 1);
    expect((await t().client().get('/api/v1/districts/overvecht/platforms')).json<unknown[]>()).toEqual([]);
  });

  it('kiosk (issue 11.10): from the start to what is on today and this week, with time, place and whom to ask', async () => {
    const start = await t().client().get('/oost/kiosk');
    expect(start.body).toContain('href="/oost/kiosk/te-doen"');
    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const place = await t().db.selectFrom('locations').select('id').where('name', '=', 'Podium Oost').executeTakeFirstOrThrow();
    const id = crypto.randomUUID();
    const at = t().clock.now().toISOString();
    await t()
      .db.insertInto('activities')
      .values({
        id,
        district_id: oost.id,
        buurt_id: null,
        title: 'Kioskactiviteit (test)',
        description: 'Om te testen.',
        theme: 'meeting',
        location_id: place.id,
        starts_local: '2026-11-23T14:00',
        duration_minutes: 90,
        organizer_name: 'Podium Oost',
        organizer_user_id: null,
        contact_name: 'Contact (test)',
        contact_phone: null,
        contact_email: null,
        capacity: null,
        status: 'published',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const occurrence = { activity_id: id, district_id: oost.id };
    await t()
      .db.insertInto('activity_occurrences')
      .values([
        { ...occurrence, starts_at: '2026-11-23T13:00:00.000Z', ends_at: '2026-11-23T14:30:00.000Z' },
        { ...occurrence, starts_at: '2026-11-25T13:00:00.000Z', ends_at: '2026-11-25T14:30:00.000Z' },
      ])
      .execute();
    const page = await t().client().get('/oost/kiosk/te-doen');
    expect(page.statusCode).toBe(200);
    const body = text(page.body);
    const today = body.slice(body.indexOf('Vandaag'), body.indexOf('Deze week'));
    expect(today).toContain('Kioskactiviteit (test) Van 14:00 tot 15:30 uur Waar: Podium Oost Vragen? Wijkinformatiepunt Oost:');
    expect(body.slice(body.indexOf('Deze week'))).toMatch(/Kioskactiviteit \(test\) woensdag 25 november 2026/);
    expect(page.body).toContain('href="tel:0300000007"');
    // The place opens the kiosk's own page of it (address, phone, hours), not the guide outside the kiosk.
    expect(page.body).toContain(`href="/oost/kiosk/plekken/${place.id}">Podium Oost</a>`);
    expect(body).toContain('Terug naar het begin');
  });
});
