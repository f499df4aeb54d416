import formbody from '@fastify/formbody';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { features as allFeatures } from './features/index.ts';
import type { TrustProxy } from './platform/config/config.ts';
import type { AppDeps, Feature } from './platform/feature.ts';
import { versionedCache } from './platform/cache/versioned-cache.ts';
import { registerCompression } from './platform/http/compression.ts';
import { listDistricts } from './platform/geography/geography.repository.ts';
import { registerErrorHandlers } from './platform/http/errors.tsx';
import { HttpProblem } from './platform/http/guards.ts';
import type { PageShellSources } from './platform/http/request-context.ts';
import { footerContacts } from './platform/layout/footer-contact.ts';
import { requestSerializer, requestIdOf } from './platform/http/logging.ts';
import { registerSecurity } from './platform/http/security.ts';
import { loadSessionUser } from './platform/http/session.ts';
import { createTranslator, isLang, mergeCatalogs, type Lang } from './platform/i18n/i18n.ts';
import { platformMessages } from './platform/i18n/messages.ts';
import { registerAssets } from './platform/layout/assets.ts';
import { buildStylesheet } from './platform/layout/stylesheet.ts';
import { LANG_COOKIE, registerPlatformRoutes } from './platform/http/platform.routes.ts';

const FORM_BODY_LIMIT = 256 * 1024;

/**
 * JSON lines to stdout, written synchronously: pino's default buffers, and the last lines
 * before a crash — the ones that explain it — would be lost with the process.
 */
export function createLogger(level: string): FastifyBaseLogger {
  return pino(
    { level, serializers: { req: requestSerializer }, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    pino.destination({ dest: 1, sync: true }),
  );
}

// Encoded control characters: a NUL breaks PostgreSQL and none of them means anything in an
// address. In the path the page cannot exist (404); in the query only tab and line breaks
// may come from a form, the rest is a broken request (400).
const controlInPath = /%(0[0-9a-f]|1[0-9a-f]|7f)/i;
const controlInQuery = /%(0[0-8bce]|1[0-9a-f]|7f)/i;

function refuseControlCharacters(url: string): void {
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  if (controlInPath.test(path)) throw new HttpProblem(404);
  if (at !== -1 && controlInQuery.test(url.slice(at))) throw new HttpProblem(400);
}

/** A number of proxies means: believe that many hops of X-Forwarded-For, counted from us. */
function trustProxyOption(trust: TrustProxy): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

function languageOf(cookieValue: string | undefined): Lang {
  return isLang(cookieValue) ? cookieValue : 'nl';
}

/** The one composition root: everything the app uses comes in through `deps`. */
export async function buildApp(
  deps: AppDeps,
  options: { features?: readonly Feature[]; logger?: FastifyBaseLogger } = {},
): Promise<FastifyInstance> {
  const features = options.features ?? allFeatures;
  const { db } = deps.database;
  const catalogs = mergeCatalogs([platformMessages, ...features.map((f) => f.messages)]);
  const app = Fastify({
    loggerInstance: options.logger ?? createLogger(deps.config.logLevel),
    genReqId: requestIdOf,
    requestIdHeader: false,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    bodyLimit: FORM_BODY_LIMIT,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.decorateRequest('user', null);
  app.decorateRequest('sessionHash', null);
  app.decorateRequest('district', null);
  app.decorateRequest('lang', 'nl');
  const translators = { nl: createTranslator(catalogs, 'nl'), en: createTranslator(catalogs, 'en') };
  app.decorateRequest('t', {
    getter(this: FastifyRequest) {
      return translators[this.lang];
    },
  });
  const ownCss = readFileSync(new URL('./platform/layout/assets/wijkportaal.css', import.meta.url), 'utf8');
  const stylesheet = await buildStylesheet([ownCss, ...features.map((f) => f.styles ?? '')].join('\n'));
  // Every page shows the districts and most routes name one: read once, not per request.
  const districts = versionedCache(db, 'districts', listDistricts);
  const shell: PageShellSources = {
    nav: features.flatMap((f) => f.nav ?? []),
    homeTasks: features.flatMap((f) => f.homeTasks ?? []),
    headLinks: features.flatMap((f) => f.headLinks ?? []),
    stylesheet: stylesheet.path,
    listDistricts: () => districts.get(),
    footerContact: footerContacts(db, features),
  };
  app.decorate('shell', shell);
  app.decorate('features', features);

  await registerSecurity(app, { baseUrl: deps.config.baseUrl, secret: deps.config.sessionSecret });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    refuseControlCharacters(request.url);
    request.lang = languageOf(request.cookies[LANG_COOKIE]);
    request.district = null;
    await loadSessionUser(request, reply, db, deps.clock);
  });
  // Answers of the JSON API may carry personal data: no shared cache may keep them, unless
  // the route itself says it may (public open data such as HSDS sets its own).
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  registerCompression(app, deps.config.compression);
  await app.register(formbody, { bodyLimit: FORM_BODY_LIMIT });

  // Pages under /:district/… know their district before the handler runs; unknown ones are a 404.
  app.addHook('preHandler', async (request) => {
    const slug = (request.params as { district?: unknown } | undefined)?.district;
    if (typeof slug !== 'string') return;
    request.district = (await districts.get()).find((d) => d.slug === slug) ?? null;
    if (request.district === null) throw new HttpProblem(404);
  });

  registerAssets(app, stylesheet);
  registerErrorHandlers(app, shell);
  registerPlatformRoutes(app, deps);
  for (const feature of features) await feature.routes?.(app, deps);
  return app;
}
