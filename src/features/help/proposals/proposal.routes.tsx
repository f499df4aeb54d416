import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { districtOf, HttpProblem, requireRole, userOf } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { findRequest } from '../lifecycle/requests.repository.ts';
import { ruleOf } from '../shared/refusals.ts';
import { findVolunteer, findVolunteerOfUser } from '../volunteers/volunteers.repository.ts';
import { answerProposal, type Link } from './answer.actions.ts';
import { openProposalLink } from './proposal.actions.ts';
import { proposalState } from './proposal.rules.ts';
import { proposalAnswerForm } from './proposal.schema.ts';
import { proposalViewOf } from './proposal-view.repository.ts';
import { acceptedPage, declinedPage, linkProblemPage, proposalPage } from './proposal.views.tsx';
import { findProposal } from './proposals.repository.ts';

type TokenRequest = FastifyRequest<{ Params: { district: string; token: string } }>;
type IdRequest = FastifyRequest<{ Params: { district: string; id: string } }>;

const linkLimit = { limit: 20, windowSeconds: 900 };

/**
 * The link e-mailed to a volunteer: see the request, then accept or decline; it works once.
 * A signed-in volunteer answers the same from "Mijn hulp".
 */
export function proposalRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function answer(request: FastifyRequest, reply: FastifyReply, link: Link) {
    const form = parseForm(proposalAnswerForm, request.body);
    if (!form.ok) throw new HttpProblem(400);
    const volunteer = await findVolunteer(db, link.request.districtId, link.proposal.volunteerId);
    if (volunteer === undefined) throw new HttpProblem(404);
    const said = { answer: form.data.answer === 'accept' ? ('accepted' as const) : ('declined' as const), note: form.data.note };
    const outcome = await answerProposal(actionContext(request, deps), link, volunteer, said);
    if (!outcome.ok) {
      const state = ruleOf(outcome) === 'help.refusal.linkUsed' ? 'used' : 'closed';
      return sendPage(request, reply, (ctx) => linkProblemPage(ctx, state), 409);
    }
    if (said.answer === 'declined') return sendPage(request, reply, (ctx) => declinedPage(ctx));
    const view = await proposalViewOf(db, outcome.value);
    return sendPage(request, reply, (ctx) => acceptedPage(ctx, view));
  }

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
    const view = await proposalViewOf(db, opened.link.request);
    const action = `/${districtOf(request).slug}/hulp/voorstel/${request.params.token}`;
    return sendPage(request, reply, (ctx) => proposalPage(ctx, view, action));
  });

  app.post('/:district/hulp/voorstel/:token', async (request: TokenRequest, reply) => {
    if (await overRateLimit(db, reply, [[`help:link:ip:${request.ip}`, linkLimit]], deps.clock.now())) throw new HttpProblem(429);
    const opened = await open(request, reply);
    if (opened.link === undefined) return reply;
    return answer(request, reply, opened.link);
  });

  const volunteer = { preHandler: requireRole('volunteer') };
  app.post('/:district/hulp/vrijwilliger/voorstellen/:id', volunteer, async (request: IdRequest, reply) => {
    const district = districtOf(request);
    const own = await findVolunteerOfUser(db, district.id, userOf(request).id);
    const proposal = await findProposal(db, request.params.id);
    const help = proposal && (await findRequest(db, proposal.requestId));
    if (own === undefined || proposal?.volunteerId !== own.id || help === undefined) throw new HttpProblem(404);
    const link = proposalState(proposal, help, deps.clock.now());
    if (link.state !== 'valid') return sendPage(request, reply, (ctx) => linkProblemPage(ctx, link.state), 410);
    return answer(request, reply, link);
  });
}
