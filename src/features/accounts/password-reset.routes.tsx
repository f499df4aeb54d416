import { queueMailNow } from '../../platform/actions/action.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { deleteSessionsOfUser, findUserByEmail, findUserById, setPasswordHash } from '../../platform/auth/auth.repository.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { passwordProblem } from '../../platform/auth/passwords.rules.ts';
import { hashToken, looksLikeToken, newToken } from '../../platform/auth/tokens.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { addMinutes } from '../../platform/clock.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { emptyForm } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { findPasswordReset, insertPasswordReset, usePasswordReset } from './accounts.repository.ts';
import { linkState, RESET_LINK_MINUTES, rateLimits, type LinkState } from './accounts.rules.ts';
import { forgotPasswordForm, newPasswordForm } from './accounts.schema.ts';
import { forgotPasswordPage, forgotPasswordSentPage, linkProblemPage, newPasswordPage } from './accounts.views.tsx';

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

const problemStatus = { unknown: 404, used: 410, expired: 410 } as const;

export function passwordResetRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/wachtwoord-vergeten', async (request, reply) => sendPage(request, reply, (ctx) => forgotPasswordPage(ctx, emptyForm)));

  app.post('/wachtwoord-vergeten', async (request, reply) => {
    const form = parseForm(forgotPasswordForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => forgotPasswordPage(ctx, form), 422);
    const now = deps.clock.now();
    const email = form.data.email;
    const limited = await overRateLimit(
      db,
      reply,
      [
        [`reset:ip:${request.ip}`, rateLimits.resetPerAddress],
        [`reset:email:${email}`, rateLimits.resetPerEmail],
      ],
      now,
    );
    if (limited)
      return sendPage(
        request,
        reply,
        (ctx) => forgotPasswordPage(ctx, { values: form.values, errors: { _form: { code: 'accounts.rateLimited' } } }),
        429,
      );
    const user = await findUserByEmail(db, email);
    if (user !== undefined && !user.disabled) {
      const token = newToken();
      await insertPasswordReset(db, hashToken(token), user.id, now.toISOString(), addMinutes(now, RESET_LINK_MINUTES).toISOString());
      await recordAudit(db, {
        at: now.toISOString(),
        actorUserId: user.id,
        action: 'auth.password_reset_requested',
        requestId: request.id,
      });
      const link = new URL(`/wachtwoord-herstellen/${token}`, deps.config.baseUrl).href;
      await queueMailNow(deps, {
        to: user.email,
        subject: request.t('accounts.mail.reset.subject'),
        text: request.t('accounts.mail.reset.body', { name: user.name, link, minutes: RESET_LINK_MINUTES }),
      });
    }
    // The same answer whether or not the address is known.
    return sendPage(request, reply, (ctx) => forgotPasswordSentPage(ctx));
  });

  async function stateOf(token: string, now: Date): Promise<{ state: LinkState; userId?: string }> {
    if (!looksLikeToken(token)) return { state: 'unknown' };
    const reset = await findPasswordReset(db, hashToken(token));
    return { state: linkState(reset, now), userId: reset?.userId };
  }

  app.get('/wachtwoord-herstellen/:token', async (request: TokenRequest, reply) => {
    const { state } = await stateOf(request.params.token, deps.clock.now());
    if (state !== 'valid') return sendPage(request, reply, (ctx) => linkProblemPage(ctx, state, 'reset'), problemStatus[state]);
    return sendPage(request, reply, (ctx) => newPasswordPage(ctx, emptyForm, request.url));
  });

  app.post('/wachtwoord-herstellen/:token', async (request: TokenRequest, reply) => {
    const now = deps.clock.now();
    if (await overRateLimit(db, reply, [[`link:ip:${request.ip}`, rateLimits.linkPerAddress]], now)) {
      return sendPage(
        request,
        reply,
        (ctx) => newPasswordPage(ctx, { values: {}, errors: { _form: { code: 'accounts.rateLimited' } } }, request.url),
        429,
      );
    }
    const { state, userId } = await stateOf(request.params.token, now);
    const user = userId === undefined ? undefined : await findUserById(db, userId);
    if (state !== 'valid' || user === undefined)
      return sendPage(
        request,
        reply,
        (ctx) => linkProblemPage(ctx, state === 'valid' ? 'unknown' : state, 'reset'),
        problemStatus[state === 'valid' ? 'unknown' : state],
      );
    const form = parseForm(newPasswordForm, request.body);
    const problem = form.ok ? passwordProblem(form.data.password, user.email) : null;
    if (!form.ok || problem !== null) {
      const errors = form.ok ? { password: { code: problem ?? '' } } : form.errors;
      return sendPage(request, reply, (ctx) => newPasswordPage(ctx, { values: {}, errors }, request.url), 422);
    }
    const hash = await hashPassword(form.data.password);
    const changed = await db.transaction().execute(async (trx) => {
      if (!(await usePasswordReset(trx, hashToken(request.params.token), now.toISOString()))) return false;
      await setPasswordHash(trx, user.id, hash);
      await deleteSessionsOfUser(trx, user.id);
      await recordAudit(trx, { at: now.toISOString(), actorUserId: user.id, action: 'auth.password_reset', requestId: request.id });
      return true;
    });
    if (!changed) return sendPage(request, reply, (ctx) => linkProblemPage(ctx, 'used', 'reset'), 410);
    return reply.redirect('/inloggen?melding=wachtwoord-gewijzigd', 303);
  });
}
