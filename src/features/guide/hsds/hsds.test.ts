import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { migrations } from '../../../migrations.ts';
import { migrateToLatest } from '../../../platform/db/migrator.ts';
import { seedDemoGeography } from '../../../platform/geography/geography.demo.ts';
import { createTestDatabase } from '../../../platform/testing/test-database.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import type { TestClient } from '../../../platform/testing/client.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const dir = new URL('./schemas/', import.meta.url);

/** Open Referral checks its examples with additionalProperties false on every object; so do we. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closed(v)]));
  if ('properties' in copy) copy.additionalProperties = false;
  return copy;
}

function validators() {
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  const load = (file: URL) => closed(JSON.parse(readFileSync(file, 'utf8'))) as AnySchema;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) ajv.addSchema(load(new URL(file, dir)), file);
  const get = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(name);
    if (validate === undefined) throw new Error(`no schema ${name}`);
    return validate;
  };
  return {
    service: get('service.json'),
    organization: get('organization.json'),
    location: get('location.json'),
    taxonomy: get('taxonomy.json'),
    term: get('taxonomy_term.json'),
    serviceList: ajv.compile(load(new URL('compiled/service_list.json', dir))),
    organizationList: ajv.compile(load(new URL('compiled/organization_list.json', dir))),
    salList: ajv.compile(load(new URL('compiled/service_at_location_list.json', dir))),
  };
}

const v = validators();
function valid(validate: ValidateFunction, body: unknown): void {
  const ok = validate(body);
  expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
}

const pageKeys = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'];

function multipart(csrf: string, file: string | Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----wijkportaal-test';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="gids.json"\r\nContent-Type: application/json\r\n\r\n`,
    ),
    Buffer.isBuffer(file) ? file : Buffer.from(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

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

  it('imports its own export into an empty guide without loss, and a second time changes nothing', async () => {
    const exported = (await t().client().get('/oost/gids/export/hsds.json')).body;
    const empty = await createTestDatabase(t().engine);
    try {
      await migrateToLatest(empty.database.db, migrations);
      await seedDemoGeography(empty.database.db);
      const { buildApp } = await import('../../../app.ts');
      const other = await buildApp({ ...t().deps, database: empty.database });
      try {
        const id = await createTestUser(empty.database.db, {
          email: 'coord@elders.example',
          roles: [{ role: 'coordinator', district: 'oost' }],
        });
        expect(id).toBeTruthy();
        const { TestClient } = await import('../../../platform/testing/client.ts');
        const coordinator: TestClient = new TestClient(other);
        await coordinator.signIn('coord@elders.example', TEST_PASSWORD);
        const form = await coordinator.get('/oost/gids/beheer/import');
        const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
        const send = () =>
          other.inject({ method: 'POST', url: '/oost/gids/beheer/import', ...withCookies(coordinator, multipart(csrf, exported)) });
        const first = await send();
        expect(first.statusCode).toBe(200);
        expect(first.body).toMatch(/Klaar: \d+ nieuw, 0 veranderd, 0 hetzelfde gebleven/);
        expect((await other.inject({ url: '/oost/gids/export/hsds.json' })).body).toBe(exported);
        const changesBefore = await empty.database.db.selectFrom('guide_changes').select('id').execute();
        const second = await send();
        expect(second.body).toMatch(/Klaar: 0 nieuw, 0 veranderd, \d+ hetzelfde gebleven/);
        expect(await empty.database.db.selectFrom('guide_changes').select('id').execute()).toHaveLength(changesBefore.length);
        expect((await other.inject({ url: '/oost/gids?q=fietsen' })).body).toContain('Repair Café Oost');
      } finally {
        await other.close();
      }
    } finally {
      await empty.drop();
    }
  });

  it('refuses a broken import whole: every problem with its place, nothing changed', async () => {
    await createTestUser(t().db, { email: 'coordinator@wijk.example', roles: [{ role: 'coordinator', district: 'oost' }] });
    const coordinator = t().client();
    await coordinator.signIn('coordinator@wijk.example', TEST_PASSWORD);
    const form = await coordinator.get('/oost/gids/beheer/import');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    const doc = (await t().client().get('/oost/gids/export/hsds.json')).json();
    doc.services[0].organization_id = '11111111-1111-4111-8111-111111111111';
    doc.services[1].schedules = [
      { id: '22222222-2222-4222-8222-222222222222', freq: 'WEEKLY', byday: 'MO', opens_at: '17:00', closes_at: '09:00' },
    ];
    doc.services[2].name = '<script>alert(1)</script>';
    doc.organizations[0].locations = [{ id: doc.organizations[0].id, location_type: 'physical', name: 'Dubbel' }];
    doc.services[3].service_areas = [{ id: '33333333-3333-4333-8333-333333333333', name: 'Atlantis' }];
    const before = await t().db.selectFrom('services').select(['id', 'name', 'organization_id']).orderBy('id').execute();
    const send = (file: string | Buffer) =>
      t().app.inject({ method: 'POST', url: '/oost/gids/beheer/import', ...withCookies(coordinator, multipart(csrf, file)) });
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

function withCookies(client: TestClient, body: { payload: Buffer; headers: Record<string, string> }) {
  const cookie = ['wp_session', 'wp_csrf'].map((name) => `${name}=${client.cookie(name) ?? ''}`).join('; ');
  return { payload: body.payload, headers: { ...body.headers, cookie } };
}
