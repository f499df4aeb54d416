import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

const tijwDistricts = ['overvecht', 'noordwest', 'kanaleneiland', 'leidsche-rijn'];

describeEachEngine('governance per programme', (t) => {
  it('gives a Thuis in je Wijk district no pact seats: its steering page shows the city-wide regiegroep', async () => {
    const api = (await t().client().json('GET', '/api/v1/districts/noordwest/pact/steering-group')).json();
    expect(api).toMatchObject({ maxMembers: null, openSeats: [] });
    const page = await t().client().get('/noordwest/samenwerken/regiegroep');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('De wijk zelf heeft geen regiegroep met plekken');
    expect(page.body).toContain('Lister: Sanne Wullems');
    expect(page.body).toContain('Meetellen: Annette Schlingmann (agendalid)');
    expect(page.body).not.toContain('van de hooguit 8 leden');
    const oost = (await t().client().json('GET', '/api/v1/districts/oost/pact/steering-group')).json();
    expect(oost.maxMembers).toBe(8);

    await createTestUser(t().db, { email: 'regie.nw@wijk.example', roles: [{ role: 'steering_member', district: 'noordwest' }] });
    const steering = t().client();
    await steering.signIn('regie.nw@wijk.example', TEST_PASSWORD);
    const refused = await steering.json('POST', '/api/v1/districts/noordwest/pact/steering-group/members', {
      seat: 'dock',
      name: 'Iemand',
      joinedOn: '2026-11-01',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields['body.seat'].message).toContain('geen eigen regiegroep met plekken');
    expect(await t().db.selectFrom('pact_steering_members').select('id').where('name', '=', 'Iemand').execute()).toEqual([]);
  });

  it('holds a city-wide signatory once and shows it in each district it serves, with its role', async () => {
    const rows = await t().db.selectFrom('pact_city_signatories').select(['id', 'signed_on']).execute();
    expect(rows).toHaveLength(34);
    expect(rows.every((r) => r.signed_on === null)).toBe(true);
    expect(await t().db.selectFrom('pact_city_signatories').select('id').where('organization_name', '=', 'Lister').execute()).toHaveLength(
      1,
    );
    for (const slug of tijwDistricts) {
      const page = await t().client().get(`/${slug}/samenwerken/partners`);
      expect(page.body).toMatch(/<span>Lister<\/span><\/td><td class="utrecht-table__cell"><span>Doet mee in het kernteam van de wijk/);
    }
    // Amerpoort is in Noordwest's core team only (seed 003 annex 3); elsewhere it is named among the other signatories.
    const noordwest = (await t().client().get('/noordwest/samenwerken/partners')).body;
    expect(noordwest).toContain('<span>Amerpoort</span>');
    const overvecht = (await t().client().get('/overvecht/samenwerken/partners')).body;
    expect(overvecht).not.toContain('<span>Amerpoort</span>');
    expect(overvecht).toMatch(/Ook tekenden het akkoord[^<]*Amerpoort/);
    // A role no seed gives stays unknown.
    expect(overvecht).toMatch(/<span>InteraktContour<\/span>.*?<span>Niet bekend<\/span>/);
    expect(overvecht).not.toContain('<span>—</span>');
    // No copies: the Thuis in je Wijk districts have no partners of their own.
    const ids = await t().db.selectFrom('districts').select('id').where('slug', 'in', tijwDistricts).execute();
    const copies = await t()
      .db.selectFrom('pact_partners')
      .select('id')
      .where(
        'district_id',
        'in',
        ids.map((d) => d.id),
      )
      .execute();
    expect(copies).toEqual([]);
  });

  it('leaves the city-wide programme and joins a wijkpact when the administrator chooses so', async () => {
    await createTestUser(t().db, { email: 'beheer.lr@wijk.example', roles: [{ role: 'administrator', district: 'leidsche-rijn' }] });
    const admin = t().client();
    await admin.signIn('beheer.lr@wijk.example', TEST_PASSWORD);
    await admin.get('/leidsche-rijn/samenwerken/instellingen');
    const saved = await admin.post('/leidsche-rijn/samenwerken/instellingen', {
      pactName: 'Wijkpact Leidsche Rijn',
      programme: 'wijkpact',
    });
    expect(saved.statusCode).toBe(303);
    const api = (await admin.json('GET', '/api/v1/districts/leidsche-rijn/pact/steering-group')).json();
    expect(api.maxMembers).toBe(8);
    expect((await admin.get('/leidsche-rijn/samenwerken/thuis-in-je-wijk')).statusCode).toBe(404);
    // The city-wide programme still serves the other three districts.
    expect((await admin.get('/kanaleneiland/samenwerken/thuis-in-je-wijk')).statusCode).toBe(200);
  });
});
