import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { findUserById } from '../../../platform/auth/auth.repository.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm, type FieldErrors } from '../../../platform/http/forms.ts';
import type { RateLimitRule } from '../../../platform/http/rate-limit.repository.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { sendLinkProblem } from '../common/link-problem.views.tsx';
import { followLink } from '../common/links.ts';
import { linkPerAddress } from '../common/links.rules.ts';
import { tooOften } from '../common/too-often.ts';
import { requestPasswordReset, resetPassword } from './password-reset.actions.ts';
import { findPasswordReset } from './password-reset.repository.ts';
import { resetLimits } from './password-reset.rules.ts';
import { forgotPasswordForm, newPasswordForm } from './password-reset.schema.ts';
import { forgotPasswordPage, forgotPasswordSentPage, newPasswordPage } from './password-reset.views.tsx';

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

export function passwordResetRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/wachtwoord-vergeten', async (request, reply) => sendPage(request, reply, (ctx) => forgotPasswordPage(ctx, emptyForm)));

  app.post('/wachtwoord-vergeten', async (request, reply) => {
    const form = parseForm(forgotPasswordForm, request.body);
    if (!form.ok) return sendPage(request, reply, (page) => forgotPasswordPage(page, form), 422);
    const ctx = actionContext(request, deps);
    const { email } = form.data;
    const limits: [string, RateLimitRule][] = [
      [`reset:ip:${request.ip}`, resetLimits.perAddress],
      [`reset:email:${email}`, resetLimits.perEmail],
    ];
    const limited = await tooOften(db, reply, limits, ctx.now);
    if (limited) return sendPage(request, reply, (page) => forgotPasswordPage(page, { values: form.values, errors: limited.errors }), 429);
    await requestPasswordReset(ctx, request.t, email);
    // The same answer whether or not the address is known.
    return sendPage(request, reply, (page) => forgotPasswordSentPage(page));
  });

  const follow = (token: string, now: Date) => followLink(token, now, (hash) => findPasswordReset(db, hash));

  app.get('/wachtwoord-herstellen/:token', async (request: TokenRequest, reply) => {
    const found = await follow(request.params.token, deps.clock.now());
    if (found.state !== 'valid') return sendLinkProblem(request, reply, found.state, 'reset');
    return sendPage(request, reply, (ctx) => newPasswordPage(ctx, emptyForm, request.url));
  });

  app.post('/wachtwoord-herstellen/:token', async (request: TokenRequest, reply) => {
    const ctx = actionContext(request, deps);
    const show = (errors: FieldErrors, status: number) =>
      sendPage(request, reply, (page) => newPasswordPage(page, { values: {}, errors }, request.url), status);
    const limited = await tooOften(db, reply, [[`link:ip:${request.ip}`, linkPerAddress]], ctx.now);
    if (limited) return show(limited.errors, 429);
    const found = await follow(request.params.token, ctx.now);
    const user = found.state === 'valid' ? await findUserById(db, found.link.userId) : undefined;
    if (found.state !== 'valid' || user === undefined)
      return sendLinkProblem(request, reply, found.state === 'valid' ? 'unknown' : found.state, 'reset');
    const form = parseForm(newPasswordForm, request.body);
    if (!form.ok) return show(form.errors, 422);
    const outcome = await resetPassword(ctx, found.link, user, form.data.password);
    if (!outcome.ok)
      return outcome.status === 409 ? sendLinkProblem(request, reply, 'used', 'reset') : show(outcome.errors, outcome.status);
    return reply.redirect('/inloggen?melding=wachtwoord-gewijzigd', 303);
  });
}
