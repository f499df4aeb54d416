import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { findBuurt, listBuurten } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import type { FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { rankedCandidatesFor } from './candidates.repository.ts';
import { deskRequests } from './desk.repository.ts';
import { deskSections } from './desk.rules.ts';
import { deskSteps, type Outcome } from './desk-steps.ts';
import { deskPage } from './desk.views.tsx';
import { deskRequestForm } from './help.schema.ts';
import { submitHelpRequest } from './intake.actions.ts';
import { requestPageData } from './request-data.ts';
import { requestPage } from './request.views.tsx';
import { newRequestPage } from './desk-new.views.tsx';
import { findRequest, type HelpRequest } from './requests.repository.ts';
import {
  coordinates,
  coordinatorBuurten,
  districtOf,
  intakeOf,
  requestFormData,
  rulesOr404,
  userIdOf,
  withRefusal,
} from './route-helpers.ts';

type RequestParams = FastifyRequest<{ Params: { district: string; id: string; step?: string }; Querystring: { melding?: string } }>;
type DeskQuery = FastifyRequest<{ Querystring: { buurt?: string } }>;

const conflicts = new Set(['help.refusal.changedMeanwhile', 'help.refusal.alreadyProposed']);

/** The desk's lists, and recording a request on a resident's behalf. */
export function deskRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = { preHandler: requireRole('coordinator') };

  app.get('/:district/hulp/balie', coordinator, async (request: DeskQuery, reply) => {
    const district = districtOf(request);
    const rules = await rulesOr404(db, district.id);
    const own = coordinatorBuurten(request, district.id);
    const chosen = own === 'all' && request.query.buurt ? await findBuurt(db, district.id, request.query.buurt) : undefined;
    const rows = await deskRequests(db, district.id, chosen ? new Set([chosen.id]) : own);
    for (const row of rows.filter((r) => ['new', 'checked', 'matching'].includes(r.status) && r.openProposalId === null)) {
      const full = await findRequest(db, row.id);
      row.candidates = full ? (await rankedCandidatesFor(db, rules, full, 1)).length : null;
    }
    const now = deps.clock.now();
    const data = {
      sections: deskSections(rows, rules, now),
      buurten: own === 'all' ? await listBuurten(db, district.id) : null,
      chosenBuurt: chosen?.slug ?? '',
      schemeName: rules.schemeName,
      now,
    };
    return sendPage(request, reply, (ctx) => deskPage(ctx, data));
  });

  async function renderNew(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
    const district = districtOf(request);
    const data = await requestFormData(db, district.id, await rulesOr404(db, district.id));
    return sendPage(request, reply, (ctx) => newRequestPage(ctx, form, data), status);
  }

  app.get('/:district/hulp/balie/nieuw', coordinator, async (request, reply) =>
    renderNew(request, reply, { values: { frequency: 'once', source: 'phone' }, errors: {} }),
  );

  app.post('/:district/hulp/balie/nieuw', coordinator, async (request, reply) => {
    const district = districtOf(request);
    const rules = await rulesOr404(db, district.id);
    const form = parseForm(deskRequestForm, request.body);
    if (!form.ok) return renderNew(request, reply, form, 422);
    const buurt = await findBuurt(db, district.id, form.data.buurt);
    if (buurt === undefined) return renderNew(request, reply, withRefusal(form.values, 'help.refusal.unknownBuurt'), 422);
    if (!coordinates(request, district.id, buurt.id))
      return renderNew(request, reply, withRefusal(form.values, 'help.refusal.notYourBuurt'), 422);
    const input = intakeOf(
      form.data,
      { districtId: district.id, buurtId: buurt.id, rules },
      { source: form.data.source, createdBy: userIdOf(request) },
    );
    const result = await submitHelpRequest(db, input, deps.clock.now());
    if (!result.ok) return renderNew(request, reply, withRefusal(form.values, result.rule), 422);
    return reply.redirect(`/${district.slug}/hulp/balie/${result.requestId}?melding=opgenomen`, 303);
  });
}

/** One request at the desk: its page, and every step the coordinator takes on it. */
export function deskRequestRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = { preHandler: requireRole('coordinator') };

  async function load(request: RequestParams): Promise<HelpRequest> {
    const district = districtOf(request);
    const help = await findRequest(db, request.params.id);
    if (help?.districtId !== district.id) throw new HttpProblem(404);
    if (!coordinates(request, district.id, help.buurtId)) throw new HttpProblem(403);
    return help;
  }

  async function render(
    request: RequestParams,
    reply: FastifyReply,
    help: HelpRequest,
    extra: Parameters<typeof requestPageData>[4],
    status = 200,
  ) {
    const now = deps.clock.now();
    const data = await requestPageData(db, help, await rulesOr404(db, help.districtId), now, extra);
    await recordAudit(db, {
      at: now.toISOString(),
      actorUserId: request.user?.id ?? null,
      action: 'help.personal_data.read',
      subjectType: 'help_request',
      subjectId: help.id,
      districtId: help.districtId,
      requestId: request.id,
    });
    return sendPage(request, reply, (ctx) => requestPage(ctx, data), status);
  }

  app.get('/:district/hulp/balie/:id', coordinator, async (request: RequestParams, reply) => {
    const help = await load(request);
    const melding = request.query.melding;
    const notice = melding !== undefined && (melding in deskSteps || melding === 'opgenomen') ? `help.notice.${melding}` : undefined;
    return render(request, reply, help, notice === undefined ? {} : { notice });
  });

  app.post('/:district/hulp/balie/:id/:step', coordinator, async (request: RequestParams, reply) => {
    const handler = deskSteps[request.params.step ?? ''];
    if (handler === undefined) throw new HttpProblem(404);
    const help = await load(request);
    const rules = await rulesOr404(db, help.districtId);
    const result: Outcome = await handler({
      deps,
      request,
      help,
      rules,
      districtSlug: request.params.district,
      actorId: userIdOf(request),
      now: deps.clock.now(),
    });
    if (result.ok) return reply.redirect(`/${request.params.district}/hulp/balie/${help.id}?melding=${request.params.step ?? ''}`, 303);
    const fresh = (await findRequest(db, help.id)) ?? help;
    if ('form' in result) return render(request, reply, fresh, { forms: { [result.form]: result.state } }, 422);
    return render(request, reply, fresh, { refusal: result.rule }, conflicts.has(result.rule) ? 409 : 422);
  });
}
