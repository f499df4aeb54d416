import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem, noticeOf, requireRight, userOf } from '../../../platform/http/guards.ts';
import { conversationShownWith } from '../../common-language/index.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { withdrawConsentFor } from '../consent/consent.actions.ts';
import { findConsent } from '../consent/consents.repository.ts';
import { triageScope } from '../question/access.rules.ts';
import { normaliseReference } from '../question/question.rules.ts';
import { auditPersonalDataRead } from '../question/question.steps.ts';
import { statusUrl } from '../question/status-link.ts';
import { retractReferral } from '../referrals/refer.actions.ts';
import { findReferral } from '../referrals/referrals.repository.ts';
import { settle } from '../ui/settle.ts';
import { questionForCoordinator, questionHome } from './coordinator.tsx';
import { questionPageData } from './question-page.ts';
import { questionPage } from './question.views.tsx';
import { renewStatusLink } from './triage.actions.ts';
import { listForTriage } from './triage.repository.ts';
import { listGroupNames } from './triage.rules.ts';
import { listQuery } from './triage.schema.ts';
import { triageListPage } from './triage.views.tsx';

const notices = ['beantwoord', 'gewezen', 'doorverwezen', 'bericht', 'toestemming', 'toestemming-ingetrokken', 'ingetrokken', 'buurthulp'];

/** The coordinators' list and one question, with what can be done there in one press of a button. */
export function triageRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = { preHandler: requireRight('questions.desk') };

  app.get('/:district/vragen', coordinator, async (request, reply) => {
    const district = districtOf(request);
    const query = listQuery.safeParse(request.query);
    const group = (query.success ? query.data.toon : null) ?? 'nieuw';
    const search = (query.success ? query.data.zoek : null) ?? '';
    const reference = search === '' ? undefined : (normaliseReference(search) ?? 'none');
    const buurten = triageScope(userOf(request).roles, district.id);
    // A search looks in every group: the resident on the phone does not know where their question is.
    const groups = reference === undefined ? [group] : listGroupNames;
    const found = (
      await Promise.all(groups.map((g) => listForTriage(db, { districtId: district.id, buurten, group: g, reference })))
    ).flat();
    return sendPage(request, reply, (ctx) => triageListPage(ctx, { district, group, items: found, search, now: deps.clock.now() }));
  });

  /** The full question, with personal data: every view is written to the audit log. */
  async function showQuestion(request: FastifyRequest, reply: FastifyReply, extra: { notice?: string; newLink?: string }) {
    const subject = await questionForCoordinator(db, request);
    const data = await questionPageData(db, { ...subject, now: deps.clock.now(), t: request.t, ...extra });
    await auditPersonalDataRead(db, actionContext(request, deps), subject.question, { role: 'coordinator' });
    const conversation = await conversationShownWith(actionContext(request, deps), { type: 'question', id: subject.question.id });
    return sendPage(request, reply, (ctx) => questionPage(ctx, { ...data, conversation }));
  }

  app.get('/:district/vragen/:id', coordinator, async (request, reply) => {
    const notice = noticeOf(request, 'questions.notice.staff', notices);
    return showQuestion(request, reply, notice === undefined ? {} : { notice });
  });

  app.post('/:district/vragen/:id/nieuwe-link', coordinator, async (request, reply) => {
    const { question } = await questionForCoordinator(db, request);
    const token = settle(await renewStatusLink(actionContext(request, deps), question));
    return showQuestion(request, reply, { newLink: statusUrl(deps.config, token) });
  });

  app.post<{ Params: { referralId: string } }>(
    '/:district/vragen/:id/doorverwijzingen/:referralId/intrekken',
    coordinator,
    async (request, reply) => {
      const subject = await questionForCoordinator(db, request);
      const referral = await findReferral(db, request.params.referralId);
      if (referral?.questionId !== subject.question.id) throw new HttpProblem(404);
      settle(await retractReferral(actionContext(request, deps), subject.question, referral));
      return reply.redirect(`${questionHome(subject)}?melding=ingetrokken`, 303);
    },
  );

  app.post<{ Params: { consentId: string } }>(
    '/:district/vragen/:id/toestemming/:consentId/intrekken',
    coordinator,
    async (request, reply) => {
      const subject = await questionForCoordinator(db, request);
      const consent = await findConsent(db, request.params.consentId);
      if (consent?.questionId !== subject.question.id) throw new HttpProblem(404);
      settle(await withdrawConsentFor(actionContext(request, deps), subject.question, consent, 'staff'));
      return reply.redirect(`${questionHome(subject)}?melding=toestemming-ingetrokken`, 303);
    },
  );
}
