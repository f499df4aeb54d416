import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { parseForm } from '../../../platform/http/forms.ts';
import { HttpProblem, noticeOf, requireRight } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { callPage } from './call.views.tsx';
import { projectPage, projectsPage } from './projects.views.tsx';
import { propose } from './proposals.actions.ts';
import { callCandidates, decideOnProposal, matchToCall, openCall, proposalsSeenByBoard } from './proposals.actions.ts';
import { findProposal, listProposals } from './proposals.repository.ts';
import { callForm, matchForm, proposalDecisionForm, proposeForm } from './proposals.schema.ts';
import { proposePage } from './propose.views.tsx';
import { reviewPage } from './review.views.tsx';

/** Anyone may propose, a few times an hour from one address. */
const PROPOSE_LIMIT = { limit: 5, windowSeconds: 3600 };

/** Proposing a project (anyone), the daily board's decision, the approved projects (everyone) and their call for people. */
export function proposalsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const base = '/:district/cooperatie/projecten';
  const show = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status: number, sent = false) => {
    const { district } = await cooperativeOf(deps, request);
    const buurten = await listBuurten(db, district.id);
    return sendPage(request, reply, (ctx) => proposePage(ctx, form, { buurten, sent }), status);
  };
  app.get(`${base}/voorstellen`, async (request: FastifyRequest<{ Querystring: { melding?: string } }>, reply) =>
    show(request, reply, emptyForm, 200, request.query.melding === 'verstuurd'),
  );
  app.post(`${base}/voorstellen`, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const form = parseForm(proposeForm, request.body);
    if (!form.ok) return show(request, reply, form, 422);
    if (await overRateLimit(db, reply, [[`coop.propose:${request.ip}`, PROPOSE_LIMIT]], deps.clock.now()))
      return show(request, reply, { values: form.values, errors: { _form: { code: 'cooperative.tooMany' } } }, 429);
    const outcome = await propose(actionContext(request, deps), request.t, district, form.data);
    if (!outcome.ok) return show(request, reply, { values: form.values, errors: outcome.errors }, outcome.status);
    return reply.redirect(`/${district.slug}/cooperatie/projecten/voorstellen?melding=verstuurd`, 303);
  });

  app.get(base, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const approved = await listProposals(db, district.id, 'approved');
    return sendPage(request, reply, (ctx) => projectsPage(ctx, approved));
  });

  const review = `${base}/beoordelen`;
  const reviewPageOf = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const all = await proposalsSeenByBoard(actionContext(request, deps), district);
    const notice = noticeOf(request, 'cooperative.review.notice', ['goedgekeurd', 'afgewezen']);
    return (ctx: PageContext, form: FormState) => reviewPage(ctx, all, form, notice);
  };
  app.get(review, { preHandler: requireCoop('dailyBoard') }, async (request, reply) => {
    const page = await reviewPageOf(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${review}/:proposal/besluit`,
    preHandler: requireCoop('dailyBoard'),
    load: async (request: FastifyRequest<{ Params: { proposal: string } }>) => ({
      ...(await cooperativeOf(deps, request)),
      id: request.params.proposal,
    }),
    page: reviewPageOf,
    schema: proposalDecisionForm,
    act: (request, { district, id }, input) => decideOnProposal(actionContext(request, deps), request.t, district, id, input),
    done: (_request, { district }, notice) => `/${district.slug}/cooperatie/projecten/beoordelen?melding=${notice}`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/projecten/beoordelen`,
  });

  /** An approved project; a proposal not (yet) approved is not shown to anyone here. */
  const approved = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const id = (request.params as { proposal: string }).proposal;
    const proposal = await findProposal(db, district.id, id);
    if (proposal?.status !== 'approved') throw new HttpProblem(404);
    return { district, proposal };
  };
  app.get(`${base}/:proposal`, async (request, reply) => {
    const { proposal } = await approved(request);
    return sendPage(request, reply, (ctx) => projectPage(ctx, proposal));
  });

  const call = `${base}/:proposal/oproep`;
  const callPageOf = async (request: FastifyRequest, { district, proposal }: Awaited<ReturnType<typeof approved>>) => {
    const found = await callCandidates(actionContext(request, deps), district, proposal);
    const notice = noticeOf(request, 'cooperative.call.notice', ['opgeslagen', 'gekoppeld']);
    return (ctx: PageContext, form: FormState) => callPage(ctx, form, { proposal, ...found, notice });
  };
  const coordinate = requireRight('pools.search');
  formRoute(app, {
    path: call,
    preHandler: coordinate,
    load: approved,
    defaults: (_request, { proposal }) => ({ talent: proposal.callTalent ?? '', text: proposal.callText ?? '' }),
    page: callPageOf,
    schema: callForm,
    act: (request, { district, proposal }, input) => openCall(actionContext(request, deps), district, proposal.id, input),
    done: (_request, { district, proposal }) => `/${district.slug}/cooperatie/projecten/${proposal.id}/oproep?melding=opgeslagen`,
  });
  formRoute(app, {
    path: `${call}/koppelen`,
    preHandler: coordinate,
    load: approved,
    page: callPageOf,
    schema: matchForm,
    act: (request, { district, proposal }, input) => matchToCall(actionContext(request, deps), request.t, district, proposal.id, input),
    done: (_request, { district, proposal }) => `/${district.slug}/cooperatie/projecten/${proposal.id}/oproep?melding=gekoppeld`,
    shownOn: (_request, { district, proposal }) => `/${district.slug}/cooperatie/projecten/${proposal.id}/oproep`,
  });
}
