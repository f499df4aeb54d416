import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/guards.ts';

/** What a PDF route hands over: the data it is made of (as a key), a file name, and how to build it. */
export interface PdfSource {
  /** Everything the PDF shows, serialised (data, language, date): the same key, the same PDF. */
  key: string;
  filename: string;
  build(): Promise<Buffer>;
}

const MAX_CACHED_BYTES = 32 * 1024 * 1024;
const MAX_BUILDING = 2;
/**
 * PDFs are public and costly to build: one address may have 30 built (not served from the
 * cache) per ten minutes — every meterkastkaart of a district twice over — and no more than
 * 50 requests wait for a build at once. In memory, per instance: it protects this
 * instance's processor, which is what a flood of PDF requests would exhaust.
 */
export const pdfBuildLimits = { perAddress: 30, windowMs: 10 * 60 * 1000, maxWaiting: 50 } as const;
const buildsPerAddress = new Map<string, { windowStart: number; builds: number }>();

function countBuild(address: string, now: number): number | null {
  const seen = buildsPerAddress.get(address);
  const current = seen === undefined || now - seen.windowStart >= pdfBuildLimits.windowMs ? { windowStart: now, builds: 0 } : seen;
  if (current.builds >= pdfBuildLimits.perAddress) return Math.ceil((current.windowStart + pdfBuildLimits.windowMs - now) / 1000);
  current.builds++;
  buildsPerAddress.set(address, current);
  if (buildsPerAddress.size > 10_000)
    for (const [key, entry] of buildsPerAddress) if (now - entry.windowStart >= pdfBuildLimits.windowMs) buildsPerAddress.delete(key);
  return null;
}

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
  if (!cache.has(etag) && !building.has(etag)) {
    const retryAfter = waiting.length >= pdfBuildLimits.maxWaiting ? 30 : countBuild(request.ip, Date.now());
    if (retryAfter !== null) {
      reply.header('retry-after', String(retryAfter));
      throw new HttpProblem(429);
    }
  }
  const pdf = await pdfFor(etag, source);
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${source.filename.replace(/[^\w.-]/g, '_')}"`)
    .send(pdf);
}
