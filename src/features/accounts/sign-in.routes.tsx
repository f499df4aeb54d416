import type { FastifyInstance } from 'fastify';
import { findUserByEmail, setPasswordHash } from '../../platform/auth/auth.repository.ts';
import { hashPassword, needsRehash, verifyPassword } from '../../platform/auth/passwords.ts';
import { districtsOf } from '../../platform/auth/roles.rules.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { findDistrictById } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { requireUser } from '../../platform/http/guards.ts';
import { refundRateLimit } from '../../platform/http/rate-limit.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { safeReturnPath } from '../../platform/http/return-path.ts';
import { secureCookies } from '../../platform/http/security.ts';
import { endSession, startSession } from '../../platform/http/session.ts';
import { emptyForm } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { rolesOfUser } from '../../platform/auth/auth.repository.ts';
import { listDistricts } from '../../platform/geography/geography.repository.ts';
import { rateLimits } from './accounts.rules.ts';
import { signInForm } from './accounts.schema.ts';
import { accountPage, signInPage } from './accounts.views.tsx';

const notices = new Set(['wachtwoord-gewijzigd', 'uitgelogd']);

export function signInRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const cookie = { secure: secureCookies(deps.config.baseUrl) };

  app.get<{ Querystring: { terug?: string; melding?: string } }>('/inloggen', async (request, reply) => {
    const melding = request.query.melding;
    const notice = melding !== undefined && notices.has(melding) ? request.t(`accounts.notice.${melding}`) : undefined;
    const form = { ...emptyForm, values: { terug: safeReturnPath(request.query.terug, '') } };
    return sendPage(request, reply, (ctx) => signInPage(ctx, form, notice));
  });

  app.post('/inloggen', async (request, reply) => {
    const form = parseForm(signInForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => signInPage(ctx, form), 422);
    const { email, password, terug } = form.data;
    const now = deps.clock.now();
    const failures = `sign-in:failed:${email}`;
    const limited = await overRateLimit(
      db,
      reply,
      [
        [`sign-in:ip:${request.ip}`, rateLimits.signInPerAddress],
        [failures, rateLimits.signInFailuresPerEmail],
      ],
      now,
    );
    if (limited)
      return sendPage(
        request,
        reply,
        (ctx) => signInPage(ctx, { values: form.values, errors: { _form: { code: 'accounts.rateLimited' } } }),
        429,
      );
    const user = await checkCredentials(email, password);
    if (user === undefined) {
      await recordAudit(db, {
        at: now.toISOString(),
        actorUserId: (await findUserByEmail(db, email))?.id ?? null,
        action: 'auth.sign_in_failed',
        requestId: request.id,
      });
      return sendPage(
        request,
        reply,
        (ctx) => signInPage(ctx, { values: form.values, errors: { _form: { code: 'accounts.signIn.failed' } } }),
        422,
      );
    }
    await db.transaction().execute(async (trx) => {
      await startSession(trx, request, reply, user.id, now, cookie);
      await recordAudit(trx, { at: now.toISOString(), actorUserId: user.id, action: 'auth.sign_in', requestId: request.id });
      await refundRateLimit(trx, failures, rateLimits.signInFailuresPerEmail, now);
    });
    return reply.redirect(safeReturnPath(terug === '' ? undefined : terug, await homeOf(user.id)), 303);
  });

  /** The user when the password is right; a decoy hash keeps unknown addresses as slow as known ones. */
  async function checkCredentials(email: string, password: string) {
    const user = await findUserByEmail(db, email);
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!valid || user === undefined || user.disabled) return undefined;
    if (user.passwordHash !== null && needsRehash(user.passwordHash)) await setPasswordHash(db, user.id, await hashPassword(password));
    return user;
  }

  async function homeOf(userId: string): Promise<string> {
    const districts = districtsOf(await rolesOfUser(db, userId));
    if (districts === 'all' || districts[0] === undefined) return '/';
    const district = await findDistrictById(db, districts[0]);
    return district ? `/${district.slug}` : '/';
  }

  app.post('/uitloggen', async (request, reply) => {
    await db.transaction().execute(async (trx) => {
      if (request.user !== null) {
        await recordAudit(trx, {
          at: deps.clock.now().toISOString(),
          actorUserId: request.user.id,
          action: 'auth.sign_out',
          requestId: request.id,
        });
      }
      await endSession(trx, request, reply);
    });
    return reply.redirect('/inloggen?melding=uitgelogd', 303);
  });

  app.get('/account', { preHandler: requireUser }, async (request, reply) => {
    const districts = await listDistricts(db);
    return sendPage(request, reply, (ctx) => accountPage(ctx, request.user?.roles ?? [], districts));
  });
}
