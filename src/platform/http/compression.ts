import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MIN_BYTES = 1024;
const compressibleType = /^(text\/|application\/(json|xml|javascript|[a-z.+-]+\+(json|xml)))/;

/** The encoding the client takes, brotli first; none when it sends none or refuses both (`;q=0`). */
export function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => q === undefined || !/^\s*q=0(\.0*)?\s*$/.test(q))
      .map(([name]) => name),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/**
 * Compresses pages and JSON on the spot, at levels that cost well under half a millisecond
 * for a page, in one synchronous call rather than a stream per response. Brotli 2 (gzip 3):
 * the 16 kB start page in ~0.16 ms of CPU against ~0.5 ms at brotli 4, for 6 % more bytes
 * (4.3 kB instead of 4.0 kB; measured on the busy 2-core machine, 2026-12-01).
 * Streams (PDFs) and what is already encoded (the pre-compressed stylesheet) pass as they are.
 */
function compressible(reply: FastifyReply, payload: unknown): Buffer | null {
  if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || reply.hasHeader('content-encoding')) return null;
  if (!compressibleType.test(String(reply.getHeader('content-type') ?? ''))) return null;
  const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
  return bytes.length < MIN_BYTES ? null : bytes;
}

function compressPayload(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  const bytes = compressible(reply, payload);
  if (bytes === null) return payload;
  const vary = reply.getHeader('vary');
  if (!String(vary ?? '').includes('accept-encoding')) reply.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
  const encoding = encodingFor(request.headers['accept-encoding']);
  if (encoding === null) return payload;
  reply.header('content-encoding', encoding).removeHeader('content-length');
  return encoding === 'br'
    ? brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: 2,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : gzipSync(bytes, { level: 3 });
}

/** Page compression, unless a reverse proxy does it (`COMPRESSION=off`). */
export function registerCompression(app: FastifyInstance, enabled: boolean): void {
  if (!enabled) return;
  app.addHook('onSend', async (request, reply, payload) => compressPayload(request, reply, payload));
}
