import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import type { Stylesheet } from './stylesheet.ts';

const script = readFileSync(new URL('./assets/wijkportaal.js', import.meta.url));

/**
 * The stylesheet is served pre-compressed under a content hash, cached for a year. Every page
 * also names it in a `Link: rel=preload` header, so a cold browser asks for it as soon as the
 * page's headers arrive instead of after its HTML is read and parsed.
 */
export function registerAssets(app: FastifyInstance, stylesheet: Stylesheet): void {
  const preload = `<${stylesheet.path}>; rel=preload; as=style`;
  app.addHook('onSend', async (_request, reply, payload) => {
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('link', preload);
    return payload;
  });
  app.get(stylesheet.path, async (request, reply) => {
    const accepts = request.headers['accept-encoding'] ?? '';
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').header('vary', 'accept-encoding');
    if (/\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(stylesheet.brotli);
    if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(stylesheet.gzip);
    return reply.send(stylesheet.css);
  });
  app.get('/assets/wijkportaal.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(script),
  );
}
