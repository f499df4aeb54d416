import type { FastifyInstance, FastifyReply } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { noticeOf } from '../../../platform/http/guards.ts';
import { safeReturnPath } from '../../../platform/http/return-path.ts';
import { secureCookies } from '../../../platform/http/security.ts';
import { endSession, startSession } from '../../../platform/http/session.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { sendLinkProblem } from '../common/link-problem.views.tsx';
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_DAYS, knownAccounts, unlockedAccount, withKnownAccount } from './known-device.rules.ts';
import { signIn, signOut } from './sign-in.actions.ts';
import { signInForm } from './sign-in.schema.ts';
import { signInPage } from './sign-in.views.tsx';

const notices = ['wachtwoord-gewijzigd', 'uitgelogd', 'apparaat-bekend'];

export function signInRoutes(app: FastifyInstance, deps: AppDeps): void {
  const cookie = { secure: secureCookies(deps.config.baseUrl) };
  const rememberDevice = (reply: FastifyReply, value: string) =>
    reply.setCookie(KNOWN_DEVICE_COOKIE, value, {
      path: '/inloggen',
      httpOnly: true,
      sameSite: 'lax',
      secure: cookie.secure,
      maxAge: KNOWN_DEVICE_DAYS * 24 * 3600,
    });

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
    const secret = deps.config.sessionSecret;
    const known = request.cookies[KNOWN_DEVICE_COOKIE];
    const outcome = await signIn(
      ctx,
      { email, password, address: request.ip, knownAccounts: knownAccounts(secret, known, ctx.now) },
      {
        t: request.t,
        startSession: (trx, userId) => startSession(trx, request, reply, userId, ctx.now, cookie),
        retryAfter: (seconds) => {
          reply.header('retry-after', String(seconds));
        },
      },
    );
    if (!outcome.ok) {
      const failed = { values: form.values, errors: outcome.errors };
      return sendPage(request, reply, (page) => signInPage(page, failed), outcome.status);
    }
    rememberDevice(reply, withKnownAccount(secret, known, outcome.value.userId, ctx.now));
    return reply.redirect(safeReturnPath(terug ?? undefined, outcome.value.home), 303);
  });

  // The link mailed to an account's owner when strangers failed too often: it makes this
  // browser a known one for the account, so its owner can sign in here again.
  app.get<{ Params: { user: string; until: string; signature: string } }>(
    '/inloggen/apparaat/:user/:until/:signature',
    async (request, reply) => {
      const now = deps.clock.now();
      const secret = deps.config.sessionSecret;
      const unlock = unlockedAccount(secret, request.params, now);
      if (unlock.state !== 'valid') return sendLinkProblem(request, reply, unlock.state, 'unlock');
      rememberDevice(reply, withKnownAccount(secret, request.cookies[KNOWN_DEVICE_COOKIE], unlock.userId, now));
      return reply.redirect('/inloggen?melding=apparaat-bekend', 303);
    },
  );

  app.post('/uitloggen', async (request, reply) => {
    await signOut(actionContext(request, deps), (trx) => endSession(trx, request, reply));
    return reply.redirect('/inloggen?melding=uitgelogd', 303);
  });
}
