import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { sendPage } from '../../platform/layout/render.ts';
import { proposalAnswerForm } from './help.schema.ts';
import { notifyAnswer } from './notify.ts';
import { acceptProposal, declineProposal, openProposalLink } from './proposal.actions.ts';
import { acceptedPage, declinedPage, linkProblemPage, proposalPage, type ProposalView } from './proposal.views.tsx';
import { buurtOfDistrict, meetingPlacesOf } from './places.repository.ts';
import type { Proposal } from './proposals.repository.ts';
import type { HelpRequest } from './requests.repository.ts';
import { districtOf } from './route-helpers.ts';
import { findHouseRules } from './rules.repository.ts';
import { findVolunteer } from './volunteers.repository.ts';

type TokenRequest = FastifyRequest<{ Params: { district: string; token: string } }>;

const linkLimit = { limit: 20, windowSeconds: 900 };

/** The proposal view and the answer, shared by the e-mailed link and the volunteer's own page. */
export function proposalAnswers(deps: AppDeps) {
  const { db } = deps.database;

  async function viewOf(request: HelpRequest): Promise<ProposalView> {
    const rules = await findHouseRules(db, request.districtId);
    if (rules === undefined) throw new HttpProblem(404);
    const places = await meetingPlacesOf(db, request.districtId);
    return {
      request,
      buurtName: (await buurtOfDistrict(db, request.districtId, request.buurtId))?.name ?? '',
      meetingPlaceName: places.find((p) => p.id === request.meetingPlaceId)?.name ?? null,
      rules,
    };
  }

  async function answer(request: FastifyRequest, reply: FastifyReply, link: { proposal: Proposal; request: HelpRequest }) {
    const form = parseForm(proposalAnswerForm, request.body);
    if (!form.ok) throw new HttpProblem(400);
    const now = deps.clock.now();
    const volunteer = await findVolunteer(db, link.request.districtId, link.proposal.volunteerId);
    if (volunteer === undefined) throw new HttpProblem(404);
    const result =
      form.data.answer === 'accept'
        ? await acceptProposal(db, link, volunteer.userId, now)
        : await declineProposal(db, link, volunteer.userId, form.data.note, now);
    if (!result.ok)
      return sendPage(request, reply, (ctx) => linkProblemPage(ctx, result.rule === 'help.refusal.linkUsed' ? 'used' : 'closed'), 409);
    const view = await viewOf(result.request);
    const proposal = { ...link.proposal, note: form.data.note };
    const about = {
      proposal,
      request: result.request,
      volunteerName: volunteer.name,
      districtSlug: districtOf(request).slug,
      scheme: view.rules.schemeName,
    };
    await notifyAnswer(deps, request.log, { ...about, answer: form.data.answer === 'accept' ? 'accepted' : 'declined' });
    if (form.data.answer === 'decline') return sendPage(request, reply, (ctx) => declinedPage(ctx));
    await recordAudit(db, {
      at: now.toISOString(),
      actorUserId: volunteer.userId,
      action: 'help.personal_data.read',
      subjectType: 'help_request',
      subjectId: result.request.id,
      districtId: result.request.districtId,
      requestId: request.id,
    });
    return sendPage(request, reply, (ctx) => acceptedPage(ctx, view));
  }

  return { viewOf, answer };
}

/** The link e-mailed to a volunteer: see the request, then accept or decline; it works once. */
export function proposalRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const { viewOf, answer } = proposalAnswers(deps);

  async function open(request: TokenRequest, reply: FastifyReply) {
    const link = await openProposalLink(db, request.params.token, deps.clock.now());
    if (link.state !== 'unknown' && link.request?.districtId !== districtOf(request).id)
      return { problem: await sendPage(request, reply, (ctx) => linkProblemPage(ctx, 'unknown'), 404) };
    if (link.state !== 'valid')
      return { problem: await sendPage(request, reply, (ctx) => linkProblemPage(ctx, link.state), link.state === 'unknown' ? 404 : 410) };
    return { link };
  }

  app.get('/:district/hulp/voorstel/:token', async (request: TokenRequest, reply) => {
    const opened = await open(request, reply);
    if (opened.link === undefined) return reply;
    const view = await viewOf(opened.link.request);
    return sendPage(request, reply, (ctx) => proposalPage(ctx, view, request.url));
  });

  app.post('/:district/hulp/voorstel/:token', async (request: TokenRequest, reply) => {
    if (await overRateLimit(db, reply, [[`help:link:ip:${request.ip}`, linkLimit]], deps.clock.now())) throw new HttpProblem(429);
    const opened = await open(request, reply);
    if (opened.link === undefined) return reply;
    return answer(request, reply, opened.link);
  });
}
