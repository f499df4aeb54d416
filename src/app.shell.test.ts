import { describe, expect, it } from 'vitest';
import { describeEachEngine } from './testing/test-app.ts';

describeEachEngine('page shell and bad input', (t) => {
  it('answers /healthz when the database answers', async () => {
    const response = await t().app.inject('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('serves a district start page with skip link, district switch, language switch and navigation', async () => {
    const response = await t().app.inject('/oost');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('href="#main"');
    expect(html).toMatch(/<select[^>]+id="district-switch"/);
    expect(html).toContain('<option value="overvecht">Overvecht</option>');
    expect(html).toContain('href="/taal/en?terug=%2Foost"');
    expect(html).toContain('Sterrenwijk');
    expect(html).toContain('Maarschalkerweerd');
  });

  it('lists the five districts of the seeds', async () => {
    const response = await t().client().json('GET', '/api/v1/districts');
    expect(response.json().map((d: { slug: string }) => d.slug)).toEqual([
      'oost',
      'overvecht',
      'noordwest',
      'kanaleneiland',
      'leidsche-rijn',
    ]);
    const oost = await t().client().json('GET', '/api/v1/districts/oost');
    expect(oost.json().buurten).toHaveLength(15);
  });

  it('switches language with a plain link and remembers it', async () => {
    const client = t().client();
    const switched = await client.get('/taal/en?terug=/oost');
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe('/oost');
    const page = await client.get('/oost');
    expect(page.body).toContain('<html lang="en"');
    expect(page.body).toContain('Welcome to Oost');
  });

  it('never redirects the language switch to another site', async () => {
    const response = await t().app.inject('/taal/nl?terug=//evil.example/x');
    expect(response.headers.location).toBe('/');
  });

  it('switches district without JavaScript', async () => {
    const response = await t().app.inject('/wijk?naar=overvecht');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/overvecht');
  });

  it.each(['/atlantis', '/oost/buurten/atlantis', '/wijk?naar=%3Cscript%3E', '/taal/fr', '/api/v1/districts/atlantis'])(
    'gives a 404 page for %s',
    async (url) => {
      const response = await t().app.inject(url);
      expect(response.statusCode).toBe(404);
      if (!url.startsWith('/api/')) expect(response.body).toContain('Deze pagina bestaat niet');
    },
  );

  it('answers an oversized body with a clear 413 page', async () => {
    const client = t().client();
    await client.get('/inloggen');
    const response = await client.post('/inloggen', { email: 'a@b.nl', password: 'x'.repeat(400_000) });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('Dit is te groot');
  });

  it('refuses a form without a valid CSRF token', async () => {
    const client = t().client();
    await client.get('/inloggen');
    const missing = await client.post('/inloggen', { email: 'a@b.nl', password: 'x' }, { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('Dit formulier is verlopen');
    const forged = await client.post('/inloggen', { email: 'a@b.nl', password: 'x' }, { csrf: 'forged-token' });
    expect(forged.statusCode).toBe(403);
  });

  it('refuses a body it cannot read without a 500', async () => {
    const response = await t().app.inject({
      method: 'POST',
      url: '/inloggen',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(response.statusCode).toBeLessThan(500);
    const odd = await t().app.inject({ method: 'POST', url: '/inloggen', headers: { 'content-type': 'text/x-strange' }, payload: 'x' });
    expect(odd.statusCode).toBeLessThan(500);
  });

  it('sends a strict content security policy and safe headers', async () => {
    const response = await t().app.inject('/oost');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('serves the stylesheet compressed and cacheable', async () => {
    const page = await t().app.inject('/oost');
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const css = await t().app.inject({ url: href, headers: { 'accept-encoding': 'gzip' } });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['cache-control']).toContain('immutable');
  });

  it('names the stylesheet in a preload Link header on every page, error pages too, and only on pages', async () => {
    for (const url of ['/oost', '/oost/gids?q=koffie', '/bestaat-niet']) {
      const page = await t().app.inject(url);
      const href = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)?.[1] ?? '';
      expect(href).toMatch(/^\/assets\/wijkportaal\.[0-9a-f]+\.css$/);
      expect(page.headers.link).toBe(`<${href}>; rel=preload; as=style`);
      // Nothing else competes with it: the site script comes only with an error summary, and
      // the page names its (empty) icon, so a browser does not ask /favicon.ico.
      expect(page.body).not.toContain('/assets/wijkportaal.js');
      expect(page.body).toContain('<link rel="icon" href="data:,"/>');
    }
    expect((await t().app.inject('/healthz')).headers.link).toBeUndefined();
    expect((await t().app.inject('/api/v1/districts')).headers.link).toBeUndefined();
  });

  it('describes the API in an OpenAPI 3.1 document', async () => {
    const doc = (await t().app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/districts', '/api/v1/districts/{district}', '/api/v1/me']));
    expect(doc.paths['/api/v1/districts/{district}'].get.parameters[0]).toMatchObject({ name: 'district', in: 'path', required: true });
  });
});

describe('no input a user can type yields a 500', () => {
  describeEachEngine('odd URLs', (t) => {
    it.each([
      '/%',
      '/oost/%E0%A4%A',
      '/oost/buurten/' + 'x'.repeat(300),
      '/inloggen?terug=%00',
      '/aanmelden/..%2F..%2Fetc',
      '/wachtwoord-herstellen/%3Cscript%3E',
    ])('%s', async (url) => {
      const response = await t().app.inject(url);
      expect(response.statusCode).toBeLessThan(500);
    });
  });
});
