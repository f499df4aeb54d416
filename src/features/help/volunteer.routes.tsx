import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { findBuurt, listBuurten } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { reportDone } from './desk.actions.ts';
import { doneForm, profileForm } from './help.schema.ts';
import { proposalState } from './proposal.actions.ts';
import { proposalAnswers } from './proposal.routes.tsx';
import { linkProblemPage } from './proposal.views.tsx';
import { findProposal } from './proposals.repository.ts';
import { findRequest } from './requests.repository.ts';
import { districtOf, doneRefusal, rulesOr404, userIdOf } from './route-helpers.ts';
import { hoursPerYear, openProposalsOf, servicesOfVolunteer } from './services.repository.ts';
import { slotsOf, daysIn, partsIn } from './time.rules.ts';
import { servicePage } from './volunteer-service.views.tsx';
import { minePage, profilePage } from './volunteer.views.tsx';
import { findVolunteerOfUser, saveVolunteerProfile, type Volunteer } from './volunteers.repository.ts';

type IdRequest = FastifyRequest<{ Params: { district: string; id: string }; Querystring: { melding?: string } }>;

function profileValues(v: Volunteer | undefined, buurtSlug: string): FormState['values'] {
  if (v === undefined) return { reach: 'buurt', active: 'on' };
  return {
    buurt: buurtSlug,
    street: v.street,
    talents: v.talents.join(','),
    talentNote: v.talentNote,
    days: daysIn(v.availability).join(','),
    parts: partsIn(v.availability).join(','),
    reach: v.reach,
    active: v.active ? 'on' : '',
  };
}

export function volunteerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const volunteer = { preHandler: requireRole('volunteer') };
  const { viewOf, answer } = proposalAnswers(deps);

  async function renderProfile(request: FastifyRequest, reply: FastifyReply, form: FormState | null, status = 200) {
    const district = districtOf(request);
    const own = await findVolunteerOfUser(db, district.id, userIdOf(request));
    const buurten = await listBuurten(db, district.id);
    const state = form ?? { values: profileValues(own, buurten.find((b) => b.id === own?.buurtId)?.slug ?? ''), errors: {} };
    const saved = (request.query as { melding?: string }).melding === 'opgeslagen';
    const data = { buurten, rules: await rulesOr404(db, district.id), saved, vogOnFile: own?.vogOnFile ?? null };
    return sendPage(request, reply, (ctx) => profilePage(ctx, state, data), status);
  }

  app.get('/:district/hulp/vrijwilliger/profiel', volunteer, async (request, reply) => renderProfile(request, reply, null));

  app.post('/:district/hulp/vrijwilliger/profiel', volunteer, async (request, reply) => {
    const district = districtOf(request);
    const form = parseForm(profileForm, request.body);
    if (!form.ok) return renderProfile(request, reply, form, 422);
    const buurt = await findBuurt(db, district.id, form.data.buurt);
    if (buurt === undefined)
      return renderProfile(request, reply, { values: form.values, errors: { buurt: { code: 'help.refusal.unknownBuurt' } } }, 422);
    const profile = {
      ...form.data,
      buurtId: buurt.id,
      talentNote: form.data.talentNote ?? '',
      availability: slotsOf(form.data.days, form.data.parts),
    };
    await db
      .transaction()
      .execute((trx) =>
        saveVolunteerProfile(trx, { districtId: district.id, userId: userIdOf(request) }, profile, deps.clock.now().toISOString()),
      );
    return reply.redirect(`/${district.slug}/hulp/vrijwilliger/profiel?melding=opgeslagen`, 303);
  });

  app.get('/:district/hulp/vrijwilliger', volunteer, async (request, reply) => {
    const district = districtOf(request);
    const own = await findVolunteerOfUser(db, district.id, userIdOf(request));
    const services = own === undefined ? [] : await servicesOfVolunteer(db, own.id);
    const data = {
      hasProfile: own !== undefined,
      proposals: own === undefined ? [] : await openProposalsOf(db, own.id, deps.clock.now().toISOString()),
      current: services.filter((s) => s.status === 'matched'),
      past: services.filter((s) => s.status !== 'matched'),
      years: hoursPerYear(services),
      rules: await rulesOr404(db, district.id),
    };
    return sendPage(request, reply, (ctx) => minePage(ctx, data));
  });

  app.post('/:district/hulp/vrijwilliger/voorstellen/:id', volunteer, async (request: IdRequest, reply) => {
    const district = districtOf(request);
    const own = await findVolunteerOfUser(db, district.id, userIdOf(request));
    const proposal = await findProposal(db, request.params.id);
    const help = proposal && (await findRequest(db, proposal.requestId));
    if (own === undefined || proposal?.volunteerId !== own.id || help === undefined) throw new HttpProblem(404);
    const link = proposalState(proposal, help, deps.clock.now());
    if (link.state !== 'valid') return sendPage(request, reply, (ctx) => linkProblemPage(ctx, link.state), 410);
    return answer(request, reply, link);
  });

  async function ownService(request: IdRequest) {
    const district = districtOf(request);
    const own = await findVolunteerOfUser(db, district.id, userIdOf(request));
    const help = await findRequest(db, request.params.id);
    if (own === undefined || help?.volunteerId !== own.id || help.districtId !== district.id) throw new HttpProblem(404);
    return { own, help };
  }

  async function renderService(request: IdRequest, reply: FastifyReply, form: FormState, status = 200) {
    const { own, help } = await ownService(request);
    const view = await viewOf(help);
    await recordAudit(db, {
      at: deps.clock.now().toISOString(),
      actorUserId: own.userId,
      action: 'help.personal_data.read',
      subjectType: 'help_request',
      subjectId: help.id,
      districtId: help.districtId,
      requestId: request.id,
    });
    return sendPage(request, reply, (ctx) => servicePage(ctx, view, form, request.query.melding === 'klaar'), status);
  }

  app.get('/:district/hulp/vrijwilliger/hulpvragen/:id', volunteer, async (request: IdRequest, reply) =>
    renderService(request, reply, emptyForm),
  );

  app.post('/:district/hulp/vrijwilliger/hulpvragen/:id/klaar', volunteer, async (request: IdRequest, reply) => {
    const { own, help } = await ownService(request);
    const form = parseForm(doneForm, request.body);
    if (!form.ok) return renderService(request, reply, form, 422);
    const result = await reportDone(db, help, await rulesOr404(db, help.districtId), form.data, own.userId, deps.clock.now());
    if (!result.ok) return renderService(request, reply, { values: form.values, errors: doneRefusal(result.rule) }, 422);
    return reply.redirect(`/${request.params.district}/hulp/vrijwilliger/hulpvragen/${help.id}?melding=klaar`, 303);
  });
}
