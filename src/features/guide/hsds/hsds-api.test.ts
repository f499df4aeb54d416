import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { valid, validators } from './hsds-files.testing.ts';

const v = validators();

describeEachEngine('the HSDS 3 API: all eleven endpoints and their query parameters (issue 13)', (t) => {
  const get = async (url: string) => {
    const response = await t().client().json('GET', url);
    return { status: response.statusCode, body: response.json() };
  };

  it('answers one service_at_location, taxonomy and taxonomy term by id, as the HSDS schemas say', async () => {
    const sals = (await get('/api/hsds/service_at_locations?district=oost')).body;
    const sal = await get(`/api/hsds/service_at_locations/${sals.contents[0].id}`);
    expect(sal.status).toBe(200);
    valid(v.sal, sal.body);
    expect(sal.body.service.id).toBe(sals.contents[0].service_id);
    expect(sal.body.location.id).toBe(sals.contents[0].location_id);
    const taxonomies = (await get('/api/hsds/taxonomies')).body.contents;
    const taxonomy = await get(`/api/hsds/taxonomies/${taxonomies[0].id}`);
    valid(v.taxonomy, taxonomy.body);
    expect(taxonomy.body).toEqual(taxonomies[0]);
    const terms = (await get('/api/hsds/taxonomy_terms?per_page=1')).body.contents;
    const term = await get(`/api/hsds/taxonomy_terms/${terms[0].id}`);
    valid(v.term, term.body);
    expect(term.body).toEqual(terms[0]);
    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const path of ['service_at_locations', 'taxonomies', 'taxonomy_terms'])
      expect((await get(`/api/hsds/${path}/${nobody}`)).status).toBe(404);
  });

  it('filters by organisation, term, taxonomy and change, and answers minimal or full services', async () => {
    const all = (await get('/api/hsds/services?district=oost&per_page=200')).body;
    const dock = (await get('/api/hsds/organizations?district=oost&search=DOCK')).body.contents[0];
    expect(dock.name).toBe('DOCK');
    const ofDock = (await get(`/api/hsds/services?organization_id=${dock.id}&per_page=200`)).body;
    expect(ofDock.total_items).toBeGreaterThan(0);
    expect(ofDock.total_items).toBeLessThan(all.total_items);
    expect(ofDock.contents.every((s: { organization_id: string }) => s.organization_id === dock.id)).toBe(true);

    const themes = (await get('/api/hsds/taxonomies?search=thema')).body.contents;
    expect(themes).toHaveLength(1);
    const themeTerms = (await get(`/api/hsds/taxonomy_terms?taxonomy_id=${themes[0].id}&per_page=200`)).body.contents;
    expect(themeTerms.length).toBeGreaterThan(0);
    expect(themeTerms.every((x: { taxonomy_id: string }) => x.taxonomy_id === themes[0].id)).toBe(true);
    const top = (await get('/api/hsds/taxonomy_terms?top_only=true&per_page=200')).body.contents;
    expect(top.every((x: { parent_id?: string }) => x.parent_id === undefined)).toBe(true);
    const byTaxonomy = (await get(`/api/hsds/services?district=oost&taxonomy_id=${themes[0].id}&per_page=200`)).body;
    expect(byTaxonomy.total_items).toBeGreaterThan(0);
    const geld = themeTerms.find((x: { code: string }) => x.code === 'geld');
    const byTerm = (await get(`/api/hsds/services?district=oost&taxonomy_term_id=${geld.id}&per_page=200`)).body;
    expect(byTerm.total_items).toBeGreaterThan(0);
    expect(byTerm.total_items).toBeLessThanOrEqual(byTaxonomy.total_items);

    const later = new Date(t().clock.now().getTime() + 86_400_000).toISOString();
    expect((await get(`/api/hsds/services?district=oost&modified_after=${later}`)).body.total_items).toBe(0);
    expect((await get('/api/hsds/services?district=oost&modified_after=2000-01-01T00:00:00Z')).body.total_items).toBe(all.total_items);
    const sals = (await get(`/api/hsds/service_at_locations?organization_id=${dock.id}&full=true`)).body;
    for (const sal of sals.contents) {
      valid(v.sal, sal);
      expect(sal.service.organization_id).toBe(dock.id);
    }

    const minimal = (await get('/api/hsds/services?district=oost&minimal=true&per_page=5')).body.contents;
    expect(minimal.map((s: object) => Object.keys(s).sort())).toEqual(minimal.map(() => ['id', 'last_modified']));
    const full = (await get('/api/hsds/services?district=oost&full=true&per_page=5')).body.contents;
    for (const s of full) valid(v.service, s);
    const searched = (await get('/api/hsds/services?district=oost&search=repareren')).body.contents;
    expect(searched.map((s: { name: string }) => s.name)).toContain('Repair Café Oost');
  });

  it('answers 400 naming a parameter it does not support, never ignoring it', async () => {
    for (const [query, name] of [
      ['postcode=3581AB&proximity=500', 'postcode'],
      ['format=ndjson', 'format'],
      ['sort=name', 'sort'],
      ['minimal=ja', 'minimal'],
    ] as const) {
      const answer = await get(`/api/hsds/services?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields[`query.${name}`].message).toMatch(name === 'postcode' || name === 'sort' ? name : /./);
    }
    expect((await get('/api/hsds/taxonomies?organization_id=x')).status).toBe(400);
    const openapi = (await get('/api/openapi.json')).body;
    const services = openapi.paths['/api/hsds/services'].get;
    expect(services.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([
        'search',
        'page',
        'per_page',
        'format',
        'taxonomy_term_id',
        'taxonomy_id',
        'organization_id',
        'modified_after',
        'minimal',
        'full',
      ]),
    );
    expect(Object.keys(services.responses)).toContain('400');
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/hsds/service_at_locations/{id}', '/api/hsds/taxonomies/{id}', '/api/hsds/taxonomy_terms/{id}']),
    );
  });
});
