import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { PdfBlock } from './blocks.pdf.ts';
import { renderInWorker } from './pdf-workers.ts';
import { pdfBuildLimits, sendPdf } from './send-pdf.ts';

/** A PDF of many pages, as a yearly overview of a busy district would be; built in a worker. */
function bigPdf(label: string): Promise<Buffer> {
  const blocks: PdfBlock[] = Array.from({ length: 40 }, (_, i) => [
    { kind: 'heading' as const, level: 2 as const, text: `${label} ${i}` },
    { kind: 'paragraph' as const, text: 'Inloop op maandag en woensdag van 9 tot 12 uur. Bel 030 123 45 67 of loop binnen.' },
  ]).flat();
  return renderInWorker(new URL('./blocks.pdf.ts', import.meta.url), { meta: { title: label, lang: 'nl' }, blocks });
}

describe('sending PDFs built from live data', () => {
  it('builds once for many requests, answers 304 to a browser that has it, and keeps the server responsive', async () => {
    let builds = 0;
    const app = Fastify();
    app.get<{ Params: { n: string } }>('/pdf/:n', (request, reply) =>
      sendPdf(request, reply, {
        key: `overview|${request.params.n}`,
        filename: `overzicht-${request.params.n}.pdf`,
        build: () => {
          builds++;
          return bigPdf(`Overzicht ${request.params.n}`);
        },
      }),
    );
    app.get('/healthz', () => ({ status: 'ok' }));
    await app.ready();

    // How busy the event loop is while 50 clients ask for 4 different PDFs at once: the
    // building happens in workers, so the loop stays free for other requests (/healthz).
    // (Utilisation, not latency: on a loaded test machine latency measures the machine.)
    const before = performance.eventLoopUtilization();
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => app.inject(`/pdf/${i % 4}`)));
    const busy = performance.eventLoopUtilization(before).utilization;

    expect(responses.filter((r) => r.statusCode !== 200).map((r) => r.body.slice(0, 300))).toEqual([]);
    expect(responses.every((r) => r.headers['content-type'] === 'application/pdf')).toBe(true);
    expect(builds).toBe(4);
    expect(busy).toBeLessThan(0.5);

    const etag = String(responses[0]?.headers.etag);
    expect((await app.inject({ url: '/pdf/0', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    expect((await app.inject('/pdf/0')).statusCode).toBe(200);
    expect(builds).toBe(4);
    await app.close();
  }, 60_000);

  it('limits the PDFs one address may have built, never the ones already built', async () => {
    const app = Fastify();
    app.setErrorHandler((error: { statusCode?: number }, _request, reply) => reply.code(error.statusCode ?? 500).send());
    app.get<{ Params: { n: string } }>('/pdf/:n', (request, reply) =>
      sendPdf(request, reply, {
        key: `limit|${request.params.n}`,
        filename: 'x.pdf',
        build: () => Promise.resolve(Buffer.from('%PDF-1.7')),
      }),
    );
    await app.ready();
    const from = (remoteAddress: string, n: number) => app.inject({ url: `/pdf/${n}`, remoteAddress });
    for (let n = 0; n < pdfBuildLimits.perAddress; n++) expect((await from('198.51.100.7', n)).statusCode).toBe(200);
    const refused = await from('198.51.100.7', 999);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('198.51.100.7', 0)).statusCode).toBe(200);
    expect((await from('198.51.100.8', 999)).statusCode).toBe(200);
    await app.close();
  });
});
