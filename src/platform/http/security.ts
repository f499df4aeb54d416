import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';

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

export async function registerSecurity(app: FastifyInstance, options: { baseUrl: URL; secret: string }): Promise<void> {
  const https = options.baseUrl.protocol === 'https:';
  await app.register(helmet, {
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
