import Fastify from 'fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodingFor, registerCompression } from './compression.ts';

describe('page compression (issue 16: cheap levels, off behind a compressing proxy)', () => {
  it('takes brotli first, then gzip, and honours q=0', () => {
    expect(encodingFor('gzip, deflate, br')).toBe('br');
    expect(encodingFor('gzip, br;q=0')).toBe('gzip');
    expect(encodingFor('identity')).toBeNull();
    expect(encodingFor(undefined)).toBeNull();
  });

  it('compresses pages and leaves small answers, encoded ones and COMPRESSION=off alone', async () => {
    const page = `<p>${'Wijkportaal '.repeat(400)}</p>`;
    const build = async (enabled: boolean) => {
      const app = Fastify();
      registerCompression(app, enabled);
      app.get('/page', async (_q, reply) => reply.type('text/html; charset=utf-8').send(page));
      app.get('/small', async (_q, reply) => reply.type('text/html; charset=utf-8').send('<p>kort</p>'));
      return app;
    };
    const app = await build(true);
    const br = await app.inject({ url: '/page', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(page);
    const gz = await app.inject({ url: '/page', headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gz.rawPayload).toString()).toBe(page);
    expect((await app.inject({ url: '/small', headers: { 'accept-encoding': 'gzip' } })).headers['content-encoding']).toBeUndefined();
    const off = await build(false);
    expect((await off.inject({ url: '/page', headers: { 'accept-encoding': 'br' } })).body).toBe(page);
  });

  it('answers each page with its own bytes when it keeps them: many pages, twice, both encodings, signed in or not', async () => {
    const app = Fastify();
    app.decorateRequest('user', null);
    app.addHook('onRequest', (request, _reply, done) => {
      if (request.headers['x-test-user'] !== undefined) Object.assign(request, { user: { id: 'u1' } });
      done();
    });
    registerCompression(app, true);
    const pageOf = (n: number) => `<p>${`Pagina ${n} van de wijk. `.repeat(200)}</p>`;
    app.get<{ Params: { n: string } }>('/page/:n', async (request, reply) =>
      reply.type('text/html; charset=utf-8').send(pageOf(Number(request.params.n))),
    );
    const decode = { br: brotliDecompressSync, gzip: gunzipSync };
    // More pages than are kept, each asked twice, so some come from memory and some went.
    for (const round of [1, 2])
      for (let n = 0; n < 40; n++)
        for (const encoding of ['br', 'gzip'] as const) {
          const headers = { 'accept-encoding': encoding, ...(n % 5 === 0 ? { 'x-test-user': 'yes' } : {}) };
          const response = await app.inject({ url: `/page/${n}`, headers });
          expect(response.headers['content-encoding'], `round ${round}`).toBe(encoding);
          expect(decode[encoding](response.rawPayload).toString()).toBe(pageOf(n));
        }
  });

  it('answers bytes sent again and again (a kept feed) in each encoding asked, the same compressed bytes each time', async () => {
    const app = Fastify();
    app.decorateRequest('user', null);
    registerCompression(app, true);
    const feed = Buffer.from(
      `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\nSUMMARY:Koffie-inloop\r\nEND:VEVENT\r\n'.repeat(200)}END:VCALENDAR\r\n`,
    );
    app.get('/feed.ics', async (_request, reply) => reply.type('text/calendar; charset=utf-8').send(feed));
    const decode = { br: brotliDecompressSync, gzip: gunzipSync };
    const sent = { br: new Set<string>(), gzip: new Set<string>() };
    for (const round of [1, 2, 3])
      for (const encoding of ['br', 'gzip'] as const) {
        const response = await app.inject({ url: '/feed.ics', headers: { 'accept-encoding': encoding } });
        expect(response.headers['content-encoding'], `round ${round}`).toBe(encoding);
        expect(decode[encoding](response.rawPayload).equals(feed)).toBe(true);
        sent[encoding].add(response.rawPayload.toString('base64'));
      }
    expect([sent.br.size, sent.gzip.size]).toEqual([1, 1]);
  });
});
