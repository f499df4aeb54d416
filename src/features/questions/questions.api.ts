import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import type { FieldErrors } from '../../platform/http/forms.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { triageScope } from './access.rules.ts';
import { actionContext, auditPersonalDataRead, statusUrl } from './actions.shared.ts';
import {
  askResponse,
  createdResponse,
  districtParams,
  okResponse,
  questionListResponse,
  questionParams,
  questionResponse,
} from './api.schema.ts';
import { askLimits, districtOf } from './ask.routes.tsx';
import type { Travel } from './consent.rules.ts';
import type { Consent } from './consents.repository.ts';
import type { Referral } from './referrals.repository.ts';
import { questionForCoordinator, questionPageData } from './question.data.ts';
import type { QuestionPageData } from './question.views.tsx';
import { normaliseReference } from './questions.rules.ts';
import { answerForm, askForm, listQuery, referForm } from './questions.schema.ts';
import { ask } from './resident.actions.ts';
import { answerQuestion, referQuestion } from './triage.actions.ts';
import { listForTriage } from './triage.repository.ts';
import { isLate } from './triage.views.tsx';

/** A problem with the input that only the action could see (an unknown buurt, a contact elsewhere): 422, nothing changed. */
export function fieldProblem(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors) {
  const fields = Object.fromEntries(
    Object.entries(errors).map(([name, e]) => [`body.${name}`, { code: e.code, message: request.t(e.code, e.params) }]),
  );
  return reply.code(422).send({ error: { code: 'validation', message: request.t('api.validation'), status: 422, fields } });
}

function travelJson(travel: Travel) {
  return travel.personal ? { personal: true, items: travel.items, reason: null } : { personal: false, items: [], reason: travel.reason };
}

/** A referral as the API shows it, with what its receiver may see of the resident now. */
export function referralJson(r: Referral, travel: Travel) {
  return {
    id: r.id,
    contactName: r.contactName,
    organizationName: r.organizationName,
    summary: r.summary,
    formalCare: r.formalCare,
    status: r.status,
    createdAt: r.createdAt,
    dueAt: r.dueAt,
    declineReason: r.declineReason,
    outcome: r.outcome,
    personalData: travelJson(travel),
  };
}

export function consentJson(c: Consent) {
  const { id, status, organizationIds, neighbourHelp, items, purpose, how, recordedBy, validUntil, givenAt, withdrawnAt } = c;
  return {
    id,
    status,
    organizationIds: [...organizationIds],
    neighbourHelp,
    items: [...items],
    purpose,
    how,
    recordedBy,
    validUntil,
    givenAt,
    withdrawnAt,
  };
}

function questionJson(data: QuestionPageData) {
  const q = data.question;
  return {
    id: q.id,
    reference: q.reference,
    text: q.text,
    name: q.requesterName,
    contactBy: q.contactBy,
    phone: q.phone,
    email: q.email,
    street: q.street,
    urgency: q.urgency,
    channel: q.channel,
    status: q.status,
    outcome: q.outcome,
    createdAt: q.createdAt,
    events: data.events.map((e) => ({ at: e.at, kind: e.kind, by: e.actorName, text: e.body })),
    referrals: data.referrals.map((r) => referralJson(r, r.travel)),
    consents: data.consents.map(consentJson),
  };
}

export function questionsApi(app: FastifyInstance, deps: AppDeps): void {
  askApi(app, deps);
  triageApi(app, deps);
}

function askApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const tag = 'questions';
  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/questions',
      summary: 'Ask a question (no account needed)',
      tag,
      params: districtParams,
      body: askForm,
      response: askResponse,
    },
    async (input, request, reply) => {
      const key = request.user === null ? `questions:ask:ip:${request.ip}` : `questions:ask:user:${request.user.id}`;
      if (await overRateLimit(db, reply, [[key, request.user === null ? askLimits.perAddress : askLimits.perRecorder]], deps.clock.now()))
        throw new HttpProblem(429);
      const result = await ask(actionContext(request, deps), districtOf(request), input.body, request.lang);
      if (!result.ok) return fieldProblem(request, reply, result.errors);
      return { reference: result.question.reference, statusUrl: statusUrl(deps, result.token) };
    },
  );
}

/** The coordinators' side: list without personal data, one question with it (audited), answer, refer. */
function triageApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = [requireRole('coordinator')];
  const tag = 'questions';
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/questions',
      summary: 'Questions to triage, without personal data',
      tag,
      params: districtParams,
      query: listQuery,
      response: questionListResponse,
      preHandler: coordinator,
    },
    async (input, request) => {
      const district = districtOf(request);
      const reference = input.query.zoek === undefined ? undefined : (normaliseReference(input.query.zoek) ?? 'none');
      const items = await listForTriage(db, {
        districtId: district.id,
        buurten: triageScope(request.user?.roles ?? [], district.id),
        group: input.query.toon ?? 'nieuw',
        reference,
      });
      const now = deps.clock.now();
      return items.map((item) => ({
        id: item.id,
        reference: item.reference,
        buurt: item.buurtName,
        urgency: item.urgency,
        channel: item.channel,
        status: item.status,
        outcome: item.outcome,
        createdAt: item.createdAt,
        late: isLate(item, now),
        awaitingStaff: item.awaitingStaff,
        referral: item.referral,
      }));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/questions/{id}',
      summary: 'One question with personal data (audited)',
      tag,
      params: questionParams,
      response: questionResponse,
      preHandler: coordinator,
    },
    async (_input, request) => {
      const { district, question } = await questionForCoordinator(db, request);
      const data = await questionPageData(db, { district, question, now: deps.clock.now(), t: request.t });
      await auditPersonalDataRead(db, actionContext(request, deps), question, { role: 'coordinator' });
      return questionJson(data);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/questions/{id}/answer',
      summary: 'Answer directly; closes the question',
      tag,
      params: questionParams,
      body: answerForm,
      response: okResponse,
      preHandler: coordinator,
    },
    async (input, request) => {
      const { question } = await questionForCoordinator(db, request);
      await answerQuestion(actionContext(request, deps), question, input.body.answer);
      return { ok: true as const };
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/questions/{id}/referrals',
      summary: 'Refer to a named person at a partner of the district',
      tag,
      params: questionParams,
      body: referForm,
      response: createdResponse,
      preHandler: coordinator,
    },
    async (input, request, reply) => {
      const { question } = await questionForCoordinator(db, request);
      const result = await referQuestion(actionContext(request, deps), question, {
        ...input.body,
        formalCare: input.body.formalCare === 'yes',
      });
      return result.ok ? { id: result.referralId } : fieldProblem(request, reply, result.errors);
    },
  );
}
