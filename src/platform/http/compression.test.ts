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
});
