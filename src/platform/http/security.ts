import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';

/** Cookies are Secure on https and on localhost, which browsers treat as a secure context. */
export function secureCookies(baseUrl: URL): boolean {
  return baseUrl.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(baseUrl.hostname);
}

function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as { _csrf?: unknown } | undefined;
  if (typeof body?._csrf === 'string') return body._csrf;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route acts on a signed link alone (RFC 8058 one-click unsubscribe: a mail client
     * POSTs without cookies), so it needs no CSRF token: the signature is the proof.
     */
    signedLink?: boolean;
  }
}

type HelmetOptions = Parameters<typeof helmet>[1];

// What any response carries anyway: not helmet's.
const ownHeaders = new Set(['content-length', 'content-type', 'date', 'connection', 'keep-alive']);

/**
 * Helmet's headers for these options, worked out once. @fastify/helmet builds its middleware
 * anew for every request (parsing the CSP directives each time); the headers never change
 * with the request here (no per-route options, no nonces), so they are computed on a
 * throwaway instance at start and set as they are.
 */
async function helmetHeaders(options: HelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify();
  await probe.register(helmet, options);
  probe.get('/', (_request, reply) => reply.send());
  const response = await probe.inject({ url: '/' });
  await probe.close();
  return Object.fromEntries(
    Object.entries(response.headers).flatMap(([name, value]) =>
      ownHeaders.has(name) || value === undefined ? [] : [[name, String(value)]],
    ),
  );
}

export async function registerSecurity(app: FastifyInstance, options: { baseUrl: URL; secret: string }): Promise<void> {
  const https = options.baseUrl.protocol === 'https:';
  const headers = await helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(cookie, { secret: options.secret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'wp_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookies(options.baseUrl), signed: true },
    getToken: csrfTokenOf,
  });
  // Every state-changing request carries a token: forms in a hidden field, API clients in x-csrf-token.
  app.addHook('preHandler', (request, reply, done) => {
    if (safeMethods.has(request.method) || request.routeOptions.config.signedLink === true) {
      done();
      return;
    }
    app.csrfProtection(request, reply, done);
  });
}
