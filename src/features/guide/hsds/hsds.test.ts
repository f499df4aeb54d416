import { expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { pageKeys, uploader, valid, validators } from './hsds-files.testing.ts';

const v = validators();

describeEachEngine('open data in HSDS 3 (issue 3)', (t) => {
  it('answers every /api/hsds/ endpoint with bodies that validate against the HSDS schemas, with paging', async () => {
    const client = t().client();
    const services = (await client.json('GET', '/api/hsds/services?district=oost&per_page=10&page=2')).json();
    expect(Object.keys(services)).toEqual(pageKeys);
    expect(services).toMatchObject({ page_number: 2, size: 10, first_page: false, empty: false });
    for (const item of services.contents) valid(v.serviceList, item);
    const full = (await client.json('GET', `/api/hsds/services/${services.contents[0].id}`)).json();
    valid(v.service, full);
    for (const s of (await client.json('GET', '/api/hsds/services?search=schulden')).json().contents) valid(v.serviceList, s);

    const orgs = (await client.json('GET', '/api/hsds/organizations?district=oost&per_page=100')).json();
    const inOost = await t()
      .db.selectFrom('organizations')
      .innerJoin('districts', 'districts.id', 'organizations.district_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('districts.slug', '=', 'oost')
      .executeTakeFirstOrThrow();
    expect(orgs.total_items).toBe(inOost.n);
    expect(orgs.total_items).toBeGreaterThanOrEqual(19);
    for (const item of orgs.contents) valid(v.organizationList, item);
    const dock = orgs.contents.find((o: { name: string }) => o.name === 'DOCK');
    const { services: dockServices, ...organization } = (await client.json('GET', `/api/hsds/organizations/${dock.id}`)).json();
    valid(v.organization, organization);
    expect(dockServices.length).toBeGreaterThan(0);
    for (const s of dockServices) valid(v.service, s);

    const sals = (await client.json('GET', '/api/hsds/service_at_locations')).json();
    for (const item of sals.contents) valid(v.salList, item);
    for (const item of (await client.json('GET', '/api/hsds/taxonomies')).json().contents) valid(v.taxonomy, item);
    const terms = (await client.json('GET', '/api/hsds/taxonomy_terms?per_page=200')).json();
    expect(terms.contents.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(['Gezonde leefstijl en positieve gezondheid', 'Ontmoetingsplekken in de wijk worden beter bezocht']),
    );
    for (const item of terms.contents) valid(v.term, item);
    expect((await client.json('GET', '/api/hsds/services/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await client.json('GET', '/api/hsds/services/geen-id')).statusCode).toBe(422);
    const openapi = (await client.json('GET', '/api/openapi.json')).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/hsds/services', '/api/hsds/services/{id}', '/api/hsds/taxonomy_terms']),
    );
  });

  it('exports a district whose objects validate, and a CSV that spreadsheets open safely', async () => {
    const doc = (await t().client().get('/oost/gids/export/hsds.json')).json();
    for (const o of doc.organizations) valid(v.organization, o);
    for (const l of doc.locations) valid(v.location, l);
    for (const s of doc.services) valid(v.service, s);
    const csv = (await t().client().get('/oost/gids/export.csv')).body;
    expect(csv.split('\r\n')[0]).toContain('Soort;Id;Naam');
    expect(csv).toContain('Repair Café Oost');
  });

  it('refuses a broken import whole: every problem with its place, nothing changed', async () => {
    await createTestUser(t().db, { email: 'coordinator@wijk.example', roles: [{ role: 'coordinator', district: 'oost' }] });
    const coordinator = t().client();
    await coordinator.signIn('coordinator@wijk.example', TEST_PASSWORD);
    const doc = (await t().client().get('/oost/gids/export/hsds.json')).json();
    doc.services[0].organization_id = '11111111-1111-4111-8111-111111111111';
    doc.services[1].schedules = [
      { id: '22222222-2222-4222-8222-222222222222', freq: 'WEEKLY', byday: 'MO', opens_at: '17:00', closes_at: '09:00' },
    ];
    doc.services[2].name = '<script>alert(1)</script>';
    doc.organizations[0].locations = [{ id: doc.organizations[0].id, location_type: 'physical', name: 'Dubbel' }];
    doc.services[3].service_areas = [{ id: '33333333-3333-4333-8333-333333333333', name: 'Atlantis' }];
    const before = await t().db.selectFrom('services').select(['id', 'name', 'organization_id']).orderBy('id').execute();
    const send = await uploader(t(), coordinator);
    const broken = await send(JSON.stringify(doc));
    expect(broken.statusCode).toBe(422);
    expect(broken.body).toContain('Er is niets veranderd.');
    expect(broken.body).toContain('services[2].name');
    const semantic = await send(
      JSON.stringify({ ...doc, services: doc.services.map((s: { name: string }, i: number) => (i === 2 ? { ...s, name: 'Goed' } : s)) }),
    );
    for (const place of [
      'services[0].organization_id',
      'services[1].schedules[0].closes_at',
      'organizations[0].locations[0].id',
      'services[3].service_areas[0].name',
    ])
      expect(semantic.body).toContain(place);
    expect(semantic.body).toContain('De eindtijd moet na de begintijd liggen.');
    expect(semantic.body).toContain('Atlantis');
    expect((await send('{"niet": json')).body).toContain('Dit bestand is geen JSON.');
    const tooBig = await send(Buffer.alloc(10 * 1024 * 1024, 32));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.body).toContain('Dit bestand is te groot. Het mag hoogstens 5 MB zijn.');
    expect(await t().db.selectFrom('services').select(['id', 'name', 'organization_id']).orderBy('id').execute()).toEqual(before);
  });
});
