import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import { sendPage } from '../../platform/layout/render.ts';
import { triageScope } from './access.rules.ts';
import { actionContext, auditPersonalDataRead, statusUrl } from './actions.shared.ts';
import { districtOf } from './ask.routes.tsx';
import { findConsent } from './consents.repository.ts';
import { questionForCoordinator, questionPageData } from './question.data.ts';
import { questionPage } from './question.views.tsx';
import { normaliseReference } from './questions.rules.ts';
import { listQuery } from './questions.schema.ts';
import { findReferral } from './referrals.repository.ts';
import { withdrawConsentFor } from './resident.actions.ts';
import { renewStatusLink, retractReferral } from './triage.actions.ts';
import { listForTriage } from './triage.repository.ts';
import { triageListPage } from './triage.views.tsx';

const notices = new Set([
  'beantwoord',
  'gewezen',
  'doorverwezen',
  'bericht',
  'toestemming',
  'toestemming-ingetrokken',
  'ingetrokken',
  'buurthulp',
]);

export function triageRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = { preHandler: requireRole('coordinator') };

  app.get('/:district/vragen', coordinator, async (request, reply) => {
    const district = districtOf(request);
    const query = listQuery.safeParse(request.query);
    const group = (query.success ? query.data.toon : undefined) ?? 'nieuw';
    const search = query.success ? (query.data.zoek ?? '') : '';
    const reference = search === '' ? undefined : (normaliseReference(search) ?? 'none');
    const buurten = triageScope(request.user?.roles ?? [], district.id);
    // A search looks in every group: the resident on the phone does not know where their question is.
    const groups = reference === undefined ? [group] : (['nieuw', 'doorverwezen', 'afgerond'] as const);
    const found = (
      await Promise.all(groups.map((g) => listForTriage(db, { districtId: district.id, buurten, group: g, reference })))
    ).flat();
    return sendPage(request, reply, (ctx) => triageListPage(ctx, { district, group, items: found, search, now: deps.clock.now() }));
  });

  /** The full question, with personal data: every view is written to the audit log. */
  async function showQuestion(request: FastifyRequest, reply: FastifyReply, extra: { notice?: string; newLink?: string }) {
    const { district, question } = await questionForCoordinator(db, request);
    const data = await questionPageData(db, {
      district,
      question,
      now: deps.clock.now(),
      t: request.t,
      ...extra,
    });
    await auditPersonalDataRead(db, actionContext(request, deps), question, { role: 'coordinator' });
    return sendPage(request, reply, (ctx) => questionPage(ctx, data));
  }

  app.get<{ Querystring: { melding?: string } }>('/:district/vragen/:id', coordinator, async (request, reply) => {
    const melding = request.query.melding;
    return showQuestion(request, reply, {
      notice: melding !== undefined && notices.has(melding) ? request.t(`questions.notice.staff.${melding}`) : undefined,
    });
  });

  app.post('/:district/vragen/:id/nieuwe-link', coordinator, async (request, reply) => {
    const { question } = await questionForCoordinator(db, request);
    if (question.status === 'withdrawn') throw new HttpProblem(409, 'questions.conflict');
    const token = await renewStatusLink(actionContext(request, deps), question);
    return showQuestion(request, reply, { newLink: statusUrl(deps, token) });
  });

  app.post<{ Params: { district: string; id: string; referralId: string } }>(
    '/:district/vragen/:id/doorverwijzingen/:referralId/intrekken',
    coordinator,
    async (request, reply) => {
      const { district, question } = await questionForCoordinator(db, request);
      const referral = await findReferral(db, request.params.referralId);
      if (referral?.questionId !== question.id) throw new HttpProblem(404);
      await retractReferral(actionContext(request, deps), question, referral);
      return reply.redirect(`/${district.slug}/vragen/${question.id}?melding=ingetrokken`, 303);
    },
  );

  app.post<{ Params: { district: string; id: string; consentId: string } }>(
    '/:district/vragen/:id/toestemming/:consentId/intrekken',
    coordinator,
    async (request, reply) => {
      const { district, question } = await questionForCoordinator(db, request);
      const consent = await findConsent(db, request.params.consentId);
      if (consent?.questionId !== question.id) throw new HttpProblem(404);
      const ctx = actionContext(request, deps);
      await withdrawConsentFor(ctx, question, consent, request.user?.id ?? 'resident');
      return reply.redirect(`/${district.slug}/vragen/${question.id}?melding=toestemming-ingetrokken`, 303);
    },
  );
}
