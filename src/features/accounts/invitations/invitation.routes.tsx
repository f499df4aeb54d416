import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import { parseForm, type FieldErrors } from '../../../platform/http/forms.ts';
import { secureCookies } from '../../../platform/http/security.ts';
import { startSession } from '../../../platform/http/session.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { sendLinkProblem } from '../common/link-problem.views.tsx';
import { followLink } from '../common/links.ts';
import { linkPerAddress } from '../common/links.rules.ts';
import { tooOften } from '../common/too-often.ts';
import { acceptInvitation } from './invitation.actions.ts';
import { acceptInvitationForm } from './invitation.schema.ts';
import { acceptInvitationPage } from './invitation.views.tsx';
import { findInvitation } from './invitations.repository.ts';

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

export function invitationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const cookie = { secure: secureCookies(deps.config.baseUrl) };

  /** The invitation of a working link, with its district and how the page describes it. */
  async function load(request: TokenRequest, now: Date) {
    const found = await followLink(request.params.token, now, (hash) => findInvitation(db, hash));
    if (found.state !== 'valid') return found;
    const invitation = found.link;
    const district = await findDistrictById(db, invitation.districtId);
    if (district === undefined) return { state: 'unknown' as const };
    const about = { email: invitation.email, roleLabel: request.t(`role.${invitation.role}`), districtName: district.name };
    return { state: 'valid' as const, invitation, district, about };
  }

  app.get('/aanmelden/:token', async (request: TokenRequest, reply) => {
    const found = await load(request, deps.clock.now());
    if (found.state !== 'valid') return sendLinkProblem(request, reply, found.state, 'invitation');
    const form = { values: { name: found.invitation.name }, errors: {} };
    return sendPage(request, reply, (ctx) => acceptInvitationPage(ctx, form, found.about, request.url));
  });

  app.post('/aanmelden/:token', async (request: TokenRequest, reply) => {
    const ctx = actionContext(request, deps);
    const limited = await tooOften(db, reply, [[`link:ip:${request.ip}`, linkPerAddress]], ctx.now);
    const found = await load(request, ctx.now);
    if (found.state !== 'valid') return sendLinkProblem(request, reply, found.state, 'invitation');
    const form = parseForm(acceptInvitationForm, request.body);
    const show = (errors: FieldErrors, status: number) =>
      sendPage(
        request,
        reply,
        (page) => acceptInvitationPage(page, { values: { name: form.values.name ?? '' }, errors }, found.about, request.url),
        status,
      );
    if (limited) return show(limited.errors, 429);
    if (!form.ok) return show(form.errors, 422);
    const outcome = await acceptInvitation(ctx, found.invitation, form.data, (trx, userId) =>
      startSession(trx, request, reply, userId, ctx.now, cookie),
    );
    if (!outcome.ok)
      return outcome.status === 409 ? sendLinkProblem(request, reply, 'used', 'invitation') : show(outcome.errors, outcome.status);
    return reply.redirect(`/${found.district.slug}`, 303);
  });
}
