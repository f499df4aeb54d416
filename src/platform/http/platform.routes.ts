import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../api/openapi.ts';
import { openApiDocument } from '../api/openapi.document.ts';
import type { AppDeps } from '../feature.ts';
import { isLang } from '../i18n/i18n.ts';
import { HttpProblem } from './guards.ts';
import { safeReturnPath } from './return-path.ts';
import { secureCookies } from './security.ts';

export const LANG_COOKIE = 'wp_lang';

const districtSwitchQuery = z.object({ naar: z.string().regex(/^[a-z0-9-]{1,60}$/) });

export function registerPlatformRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/healthz', async (_request, reply) => {
    const ok = await deps.database.ping();
    return reply
      .code(ok ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ok ? 'ok' : 'unavailable' });
  });

  // A plain link, so the switch works without JavaScript; the choice is a preference, not a secret.
  app.get<{ Params: { lang: string }; Querystring: { terug?: string } }>('/taal/:lang', async (request, reply) => {
    if (!isLang(request.params.lang)) throw new HttpProblem(404);
    reply.setCookie(LANG_COOKIE, request.params.lang, {
      path: '/',
      maxAge: 365 * 24 * 3600,
      sameSite: 'lax',
      httpOnly: true,
      secure: secureCookies(deps.config.baseUrl),
    });
    return reply.redirect(safeReturnPath(request.query.terug), 303);
  });

  app.get('/wijk', async (request, reply) => {
    const parsed = districtSwitchQuery.safeParse(request.query);
    if (!parsed.success) throw new HttpProblem(404);
    return reply.redirect(`/${parsed.data.naar}`, 303);
  });

  // An API client gets its CSRF token here (with the cookie it belongs to), then sends it as x-csrf-token.
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/csrf-token',
      summary: 'A CSRF token for writes (x-csrf-token), with its cookie',
      tag: 'platform',
      access: 'public',
      response: z.object({ token: z.string() }),
    },
    (_input, _request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.get('/api/openapi.json', () =>
    openApiDocument(app, { title: 'Wijkportaal API', version: '1', serverUrl: new URL('/', deps.config.baseUrl).href.replace(/\/$/, '') }),
  );
}
