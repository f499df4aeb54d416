import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import type { RateLimitRule } from '../../../platform/http/rate-limit.repository.ts';
import { noticeOf } from '../../../platform/http/guards.ts';
import { safeReturnPath } from '../../../platform/http/return-path.ts';
import { secureCookies } from '../../../platform/http/security.ts';
import { endSession, startSession } from '../../../platform/http/session.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { tooOften } from '../common/too-often.ts';
import { signIn, signOut } from './sign-in.actions.ts';
import { failuresKey, signInLimits } from './sign-in.rules.ts';
import { signInForm } from './sign-in.schema.ts';
import { signInPage } from './sign-in.views.tsx';

const notices = ['wachtwoord-gewijzigd', 'uitgelogd'];

export function signInRoutes(app: FastifyInstance, deps: AppDeps): void {
  const cookie = { secure: secureCookies(deps.config.baseUrl) };

  app.get<{ Querystring: { terug?: string } }>('/inloggen', async (request, reply) => {
    const notice = noticeOf(request, 'accounts.notice', notices);
    const form = { ...emptyForm, values: { terug: safeReturnPath(request.query.terug, '') } };
    return sendPage(request, reply, (ctx) => signInPage(ctx, form, notice));
  });

  app.post('/inloggen', async (request, reply) => {
    const form = parseForm(signInForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => signInPage(ctx, form), 422);
    const { email, password, terug } = form.data;
    const ctx = actionContext(request, deps);
    const limits: [string, RateLimitRule][] = [
      [`sign-in:ip:${request.ip}`, signInLimits.perAddress],
      [failuresKey(email), signInLimits.failuresPerEmail],
    ];
    const outcome =
      (await tooOften(deps.database.db, reply, limits, ctx.now)) ??
      (await signIn(ctx, { email, password }, (trx, userId) => startSession(trx, request, reply, userId, ctx.now, cookie)));
    if (!outcome.ok) {
      const failed = { values: form.values, errors: outcome.errors };
      return sendPage(request, reply, (page) => signInPage(page, failed), outcome.status);
    }
    return reply.redirect(safeReturnPath(terug ?? undefined, outcome.value), 303);
  });

  app.post('/uitloggen', async (request, reply) => {
    await signOut(actionContext(request, deps), (trx) => endSession(trx, request, reply));
    return reply.redirect('/inloggen?melding=uitgelogd', 303);
  });
}
