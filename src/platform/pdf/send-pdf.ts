import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** What a PDF route hands over: the data it is made of (as a key), a file name, and how to build it. */
export interface PdfSource {
  /** Everything the PDF shows, serialised (data, language, date): the same key, the same PDF. */
  key: string;
  filename: string;
  build(): Promise<Buffer>;
}

const MAX_CACHED_BYTES = 32 * 1024 * 1024;
const MAX_BUILDING = 2;

const cache = new Map<string, Buffer>();
let cachedBytes = 0;
const building = new Map<string, Promise<Buffer>>();
let running = 0;
const waiting: (() => void)[] = [];

function remember(etag: string, pdf: Buffer): void {
  cache.set(etag, pdf);
  cachedBytes += pdf.length;
  for (const [oldest, bytes] of cache) {
    if (cachedBytes <= MAX_CACHED_BYTES) break;
    cache.delete(oldest);
    cachedBytes -= bytes.length;
  }
}

/** At most two PDFs are built at once; more requests wait their turn instead of starving the rest. */
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_BUILDING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

async function pdfFor(etag: string, source: PdfSource): Promise<Buffer> {
  const cached = cache.get(etag);
  if (cached !== undefined) {
    // Most recently used last, so the oldest goes first when the cache is full.
    cache.delete(etag);
    cache.set(etag, cached);
    return cached;
  }
  let pending = building.get(etag);
  if (pending === undefined) {
    pending = inTurn(() => source.build()).finally(() => building.delete(etag));
    building.set(etag, pending);
  }
  const pdf = await pending;
  if (!cache.has(etag)) remember(etag, pdf);
  return pdf;
}

/**
 * Sends a PDF built from live data, rebuilt only when that data changed: the key's hash
 * is its ETag (a browser that has it gets 304), built PDFs are kept in memory, and
 * building waits its turn, so fifty clients asking at once cost two builds at a time.
 */
export async function sendPdf(request: FastifyRequest, reply: FastifyReply, source: PdfSource): Promise<FastifyReply> {
  const etag = `"${createHash('sha256').update(source.key).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'cookie');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  const pdf = await pdfFor(etag, source);
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${source.filename.replace(/[^\w.-]/g, '_')}"`)
    .send(pdf);
}
