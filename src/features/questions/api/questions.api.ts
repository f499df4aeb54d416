import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import { findUserById } from '../../../platform/auth/auth.repository.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { conversationShownWith } from '../../common-language/index.ts';
import { districtOf, HttpProblem, requireRight, userOf } from '../../../platform/http/guards.ts';
import { ask } from '../ask/ask.actions.ts';
import { tooManyAsks } from '../ask/ask.limits.ts';
import { askForm } from '../ask/ask.schema.ts';
import { triageScope } from '../question/access.rules.ts';
import { normaliseReference } from '../question/question.rules.ts';
import { auditPersonalDataRead } from '../question/question.steps.ts';
import { statusUrl } from '../question/status-link.ts';
import { referQuestion } from '../referrals/refer.actions.ts';
import { referForm } from '../referrals/referrals.schema.ts';
import { questionForCoordinator } from '../triage/coordinator.tsx';
import { questionPageData } from '../triage/question-page.ts';
import { answerQuestion } from '../triage/triage.actions.ts';
import { listForTriage } from '../triage/triage.repository.ts';
import { isLate } from '../triage/triage.rules.ts';
import { answerForm, listQuery } from '../triage/triage.schema.ts';
import { answerOf } from './api.outcome.ts';
import { conversationJson, questionJson } from './api.json.ts';
import { askResponse, createdResponse, okResponse, questionListResponse, questionParams, questionResponse } from './api.schema.ts';

const tag = 'questions';

/** Asking, for anyone (no account needed); the same action and limits as the form. */
export function askApi(app: FastifyInstance, deps: AppDeps): void {
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
      if (await tooManyAsks(deps, request, reply)) throw new HttpProblem(429);
      const outcome = await ask(actionContext(request, deps), districtOf(request), input.body, request.lang);
      return answerOf(request, reply, outcome, (v) => ({ reference: v.reference, statusUrl: statusUrl(deps.config, v.token) }));
    },
  );
}

/** The conversation recorded with a question, by the web page's rule and with its audit: only who may see it gets it. */
async function conversationOf(request: FastifyRequest, deps: AppDeps, questionId: string) {
  const conversation = await conversationShownWith(actionContext(request, deps), { type: 'question', id: questionId });
  if (conversation === undefined) return null;
  return conversationJson(conversation, (await findUserById(deps.database.db, conversation.recordedBy))?.name ?? null);
}

/** The coordinators' side: list without personal data, one question with it (audited), answer, refer. */
export function triageApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = [requireRight('questions.desk')];
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
      const reference = input.query.zoek === null ? undefined : (normaliseReference(input.query.zoek) ?? 'none');
      const items = await listForTriage(db, {
        districtId: district.id,
        buurten: triageScope(userOf(request).roles, district.id),
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
      summary: 'One question with personal data and its recorded conversation (audited)',
      tag,
      params: questionParams,
      response: questionResponse,
      preHandler: coordinator,
    },
    async (_input, request) => {
      const subject = await questionForCoordinator(db, request);
      const data = await questionPageData(db, { ...subject, now: deps.clock.now(), t: request.t });
      await auditPersonalDataRead(db, actionContext(request, deps), subject.question, { role: 'coordinator' });
      return questionJson(data, await conversationOf(request, deps, subject.question.id));
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
    async (input, request, reply) => {
      const { question } = await questionForCoordinator(db, request);
      return answerOf(request, reply, await answerQuestion(actionContext(request, deps), question, input.body.answer), () => ({
        ok: true as const,
      }));
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
      const outcome = await referQuestion(actionContext(request, deps), question, {
        ...input.body,
        formalCare: input.body.formalCare === 'yes',
      });
      return answerOf(request, reply, outcome, (id) => ({ id }));
    },
  );
}
