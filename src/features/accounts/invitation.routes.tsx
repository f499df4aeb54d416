import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { assignRole, findUserByEmail, insertUser } from '../../platform/auth/auth.repository.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { passwordProblem } from '../../platform/auth/passwords.rules.ts';
import { hashToken, looksLikeToken } from '../../platform/auth/tokens.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { findDistrictById } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { secureCookies } from '../../platform/http/security.ts';
import { startSession } from '../../platform/http/session.ts';
import { sendPage } from '../../platform/layout/render.ts';
import { acceptInvitation, findInvitation, type Invitation } from './accounts.repository.ts';
import { linkState, rateLimits } from './accounts.rules.ts';
import { acceptInvitationForm } from './accounts.schema.ts';
import { acceptInvitationPage, linkProblemPage } from './accounts.views.tsx';

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

export function invitationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const cookie = { secure: secureCookies(deps.config.baseUrl) };

  async function load(token: string, now: Date) {
    const invitation = looksLikeToken(token) ? await findInvitation(db, hashToken(token)) : undefined;
    const state = linkState(invitation, now);
    const district = invitation && (await findDistrictById(db, invitation.districtId));
    return state === 'valid' && invitation && district
      ? { ok: true as const, invitation, district }
      : { ok: false as const, state: state === 'valid' ? 'unknown' : state };
  }

  const sendProblem = (request: TokenRequest, reply: FastifyReply, state: 'unknown' | 'used' | 'expired') =>
    sendPage(request, reply, (ctx) => linkProblemPage(ctx, state, 'invitation'), state === 'unknown' ? 404 : 410);

  app.get('/aanmelden/:token', async (request: TokenRequest, reply) => {
    const found = await load(request.params.token, deps.clock.now());
    if (!found.ok) return sendProblem(request, reply, found.state);
    const form = { values: { name: found.invitation.name }, errors: {} };
    const about = {
      email: found.invitation.email,
      roleLabel: request.t(`role.${found.invitation.role}`),
      districtName: found.district.name,
    };
    return sendPage(request, reply, (ctx) => acceptInvitationPage(ctx, form, about, request.url));
  });

  app.post('/aanmelden/:token', async (request: TokenRequest, reply) => {
    const now = deps.clock.now();
    const limited = await overRateLimit(db, reply, [[`link:ip:${request.ip}`, rateLimits.linkPerAddress]], now);
    const found = await load(request.params.token, now);
    if (!found.ok) return sendProblem(request, reply, found.state);
    const { invitation, district } = found;
    const about = { email: invitation.email, roleLabel: request.t(`role.${invitation.role}`), districtName: district.name };
    const form = parseForm(acceptInvitationForm, request.body);
    const weak = form.ok ? passwordProblem(form.data.password, invitation.email) : null;
    if (limited || !form.ok || weak !== null) {
      const errors = limited ? { _form: { code: 'accounts.rateLimited' } } : form.ok ? { password: { code: weak ?? '' } } : form.errors;
      return sendPage(
        request,
        reply,
        (ctx) => acceptInvitationPage(ctx, { values: { name: form.values.name ?? '' }, errors }, about, request.url),
        limited ? 429 : 422,
      );
    }
    const hash = await hashPassword(form.data.password);
    const accepted = await db.transaction().execute(async (trx) => {
      if (!(await acceptInvitation(trx, invitation.id, now.toISOString()))) return false;
      const userId = await accountFor(trx, invitation, form.data.name, hash, now);
      await assignRole(
        trx,
        userId,
        {
          role: invitation.role,
          districtId: invitation.districtId,
          buurtId: invitation.buurtId,
          organizationId: invitation.organizationId,
        },
        { at: now.toISOString(), by: invitation.invitedBy },
      );
      await recordAudit(trx, {
        at: now.toISOString(),
        actorUserId: userId,
        action: 'users.invitation_accepted',
        subjectType: 'user',
        subjectId: userId,
        districtId: invitation.districtId,
        details: { role: invitation.role },
        requestId: request.id,
      });
      await startSession(trx, request, reply, userId, now, cookie);
      return true;
    });
    if (!accepted) return sendProblem(request, reply, 'used');
    return reply.redirect(`/${district.slug}`, 303);
  });
}

/** The invited address may have got an account meanwhile; then the role goes to that account. */
async function accountFor(
  trx: Parameters<typeof findUserByEmail>[0],
  invitation: Invitation,
  name: string,
  hash: string,
  now: Date,
): Promise<string> {
  const existing = await findUserByEmail(trx, invitation.email);
  if (existing) return existing.id;
  return insertUser(trx, { email: invitation.email, name, passwordHash: hash, createdAt: now.toISOString() });
}
