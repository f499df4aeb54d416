import { queueMailNow } from '../../platform/actions/action.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasRole } from '../../platform/auth/roles.rules.ts';
import { hashToken, looksLikeToken } from '../../platform/auth/tokens.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { findBuurt } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import type { FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { requestForm } from './help.schema.ts';
import { submitHelpRequest } from './intake.actions.ts';
import { confirmationMail } from './mails.ts';
import { notifyWithdrawn } from './notify.ts';
import { buurtOfDistrict, socialEntrepreneursOf } from './places.repository.ts';
import { askPage, helpHomePage, notAvailablePage, statusPage } from './public.views.tsx';
import { districtOf, intakeOf, requestFormData, withRefusal } from './route-helpers.ts';
import { findRequestByStatusToken, timelineOf } from './requests.repository.ts';
import { findHouseRules } from './rules.repository.ts';
import { takeStepOnLatest } from './steps.ts';

/** Generous for a walk-in point sharing one address, hopeless for a script filling the desk with requests. */
const askLimit = { limit: 20, windowSeconds: 3600 };

type TokenRequest = FastifyRequest<{
  Params: { district: string; token: string };
  Querystring: { nieuw?: string; gemaild?: string; melding?: string };
}>;

export function publicRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function rulesOf(request: FastifyRequest, reply: FastifyReply) {
    const rules = await findHouseRules(db, districtOf(request).id);
    if (rules === undefined) await sendPage(request, reply, (ctx) => notAvailablePage(ctx));
    return rules;
  }

  app.get('/:district/hulp', async (request, reply) => {
    const district = districtOf(request);
    const rules = await rulesOf(request, reply);
    if (rules === undefined) return reply;
    const roles = request.user?.roles ?? [];
    const data = {
      rules,
      socialEntrepreneurs: await socialEntrepreneursOf(db, district.id),
      isVolunteer: hasRole(roles, ['volunteer'], { districtId: district.id }),
      isCoordinator: hasRole(roles, ['coordinator'], { districtId: district.id }),
    };
    return sendPage(request, reply, (ctx) => helpHomePage(ctx, data));
  });

  async function renderAsk(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
    const district = districtOf(request);
    const rules = await rulesOf(request, reply);
    if (rules === undefined) return reply;
    const large = Object.values(form.errors).some((e) => e.code === 'help.rule.largeJob');
    const data = {
      ...(await requestFormData(db, district.id, rules)),
      referrals: large ? await socialEntrepreneursOf(db, district.id) : null,
    };
    return sendPage(request, reply, (ctx) => askPage(ctx, form, data), status);
  }

  app.get('/:district/hulp/vragen', async (request, reply) => renderAsk(request, reply, { values: { frequency: 'once' }, errors: {} }));

  app.post('/:district/hulp/vragen', async (request, reply) => {
    const district = districtOf(request);
    const rules = await rulesOf(request, reply);
    if (rules === undefined) return reply;
    const now = deps.clock.now();
    const form = parseForm(requestForm, request.body);
    if (await overRateLimit(db, reply, [[`help:ask:ip:${request.ip}`, askLimit]], now))
      return renderAsk(request, reply, { values: form.values, errors: { _form: { code: 'help.rateLimited' } } }, 429);
    if (!form.ok) return renderAsk(request, reply, form, 422);
    const buurt = await findBuurt(db, district.id, form.data.buurt);
    if (buurt === undefined) return renderAsk(request, reply, withRefusal(form.values, 'help.refusal.unknownBuurt'), 422);
    const input = intakeOf(
      form.data,
      { districtId: district.id, buurtId: buurt.id, rules },
      { source: 'online', createdBy: request.user?.id ?? null },
    );
    const result = await submitHelpRequest(db, input, now);
    if (!result.ok) return renderAsk(request, reply, withRefusal(form.values, result.rule), 422);
    const path = `/${district.slug}/hulp/status/${result.statusToken}`;
    if (input.email !== null) {
      const link = new URL(path, deps.config.baseUrl).href;
      const params = { name: input.requesterName, scheme: rules.schemeName, link, days: rules.feedbackDays, phone: rules.contactPhone };
      await queueMailNow(deps, confirmationMail(request.t, input.email, params));
    }
    return reply.redirect(`${path}?nieuw=1${input.email === null ? '' : '&gemaild=1'}`, 303);
  });

  async function byToken(request: TokenRequest) {
    const district = districtOf(request);
    const found = looksLikeToken(request.params.token) ? await findRequestByStatusToken(db, hashToken(request.params.token)) : undefined;
    if (found?.request.districtId !== district.id) throw new HttpProblem(404);
    if (deps.clock.now().getTime() >= Date.parse(found.expiresAt)) throw new HttpProblem(410);
    const rules = await findHouseRules(db, district.id);
    if (rules === undefined) throw new HttpProblem(404);
    return { ...found, rules };
  }

  app.get('/:district/hulp/status/:token', async (request: TokenRequest, reply) => {
    const { request: helpRequest, rules } = await byToken(request);
    const buurt = await buurtOfDistrict(db, helpRequest.districtId, helpRequest.buurtId);
    const notice = request.query.nieuw === '1' ? 'new' : request.query.melding === 'ingetrokken' ? 'withdrawn' : null;
    const data = {
      request: helpRequest,
      buurtName: buurt?.name ?? '',
      steps: await timelineOf(db, helpRequest.id),
      rules,
      notice,
      mailed: request.query.gemaild === '1',
    } as const;
    return sendPage(request, reply, (ctx) => statusPage(ctx, data));
  });

  app.post('/:district/hulp/status/:token/intrekken', async (request: TokenRequest, reply) => {
    const { request: helpRequest, rules } = await byToken(request);
    const back = `/${request.params.district}/hulp/status/${request.params.token}`;
    const result = await takeStepOnLatest(db, helpRequest.id, (latest) => ({
      request: latest,
      action: 'withdraw',
      actorId: null,
      now: deps.clock.now(),
      note: 'requester',
    }));
    // Already withdrawn, or moved on meanwhile: the status page shows where it stands.
    if (!result.ok) return reply.redirect(back, 303);
    await notifyWithdrawn(deps, request.log, result.request, rules);
    return reply.redirect(`${back}?melding=ingetrokken`, 303);
  });
}
