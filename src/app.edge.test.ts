import { expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { describeEachEngine } from './testing/test-app.ts';

describeEachEngine('the edge: addresses, return paths, caches and proxies', (t) => {
  it('answers a control character in an address with 404 or 400, never 500', async () => {
    for (const url of ['/oost/buurten/a%00b', '/oost/gids/%01', '/oost%7F']) expect((await t().app.inject({ url })).statusCode).toBe(404);
    expect((await t().app.inject({ url: '/oost/gids?q=fiets%00' })).statusCode).toBe(400);
    // A line break in a query passes the edge; the search itself then says what is wrong.
    expect([200, 422]).toContain((await t().app.inject({ url: '/oost/gids?q=fiets%0Aband' })).statusCode);
  });

  it('never sends the browser to another site after a language switch, and never fails', async () => {
    const tries = [
      '%2F%09%2Fevil.example',
      '%2F%0D%0A%2Fevil.example',
      '%2F%5Cevil.example',
      'https%3A%2F%2Fevil.example',
      '%2F%2Fevil.example',
      '%0D%0ALocation%3A%20x',
    ];
    for (const terug of tries) {
      const response = await t().app.inject({ url: `/taal/nl?terug=${terug}` });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/');
    }
    expect((await t().app.inject({ url: '/taal/en?terug=%2Foost%2Fgids' })).headers.location).toBe('/oost/gids');
  });

  it('keeps API answers out of shared caches', async () => {
    const response = await t().app.inject({ url: '/api/v1/me' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('believes X-Forwarded-For only as far as the configured proxies', async () => {
    const ipOf = async (trustProxy: false | number | string, forwarded: string) => {
      const app = await buildApp({ ...t().deps, config: { ...t().deps.config, trustProxy } });
      app.get('/test-ip', (request) => ({ ip: request.ip }));
      const response = await app.inject({ url: '/test-ip', headers: { 'x-forwarded-for': forwarded }, remoteAddress: '10.0.0.5' });
      await app.close();
      return response.json<{ ip: string }>().ip;
    };
    expect(await ipOf(false, '203.0.113.9')).toBe('10.0.0.5');
    expect(await ipOf(1, '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await ipOf('10.0.0.5', '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await ipOf('10.0.0.99', '203.0.113.9')).toBe('10.0.0.5');
  });
});
