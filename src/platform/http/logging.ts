import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

/** Keeps a caller's request id (from a proxy) when it is sane; otherwise makes one. */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

/** Links in e-mails carry secret tokens in their path; those never reach the logs. */
export function maskTokens(url: string): string {
  return url.replace(/[A-Za-z0-9_-]{32,}/g, '[token]');
}

export function requestSerializer(request: FastifyRequest) {
  return { method: request.method, url: maskTokens(request.url), remoteAddress: request.ip };
}
