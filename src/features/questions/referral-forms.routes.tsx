import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listBuurten } from '../../platform/geography/geography.repository.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem, requireUser } from '../../platform/http/guards.ts';
import type { PageContext } from '../../platform/http/request-context.ts';
import { actionForm, type Outcome } from './action-form.ts';
import { actionContext } from './actions.shared.ts';
import { P, Quote } from './blocks.tsx';
import { recordConsent } from './consent.actions.ts';
import { consentDefaults } from './consent.rules.ts';
import { consentPage, referPage, textPage, type ActionFrame } from './forms.views.tsx';
import { sortedOrganizations } from './guide-entries.repository.ts';
import { handOver, travelToNeighbourHelp } from './handover.actions.ts';
import { handOverPage } from './handover.views.tsx';
import { nextReferralStatus, type ReferralAction } from './questions.rules.ts';
import { closeForm, consentForm, declineForm, handOverForm, referForm } from './questions.schema.ts';
import { closeReferral, declineReferral } from './referral.actions.ts';
import { referralForReceiver, type ReceiverSubject } from './referral.routes.tsx';
import { partnerContacts } from './referrals.repository.ts';
import { referQuestion } from './triage.actions.ts';

const ok = (notice: string): Outcome => ({ ok: true, notice });

/** What the receiver's action pages share: the referral, its state check, the frame with its summary. */
function receiverKit(deps: AppDeps) {
  const { db } = deps.database;
  const home = (s: ReceiverSubject) => `/${s.district.slug}/doorverwijzingen/${s.referral.id}`;
  return {
    db,
    allows: (action: ReferralAction) => (s: ReceiverSubject) => {
      if (nextReferralStatus(s.referral.status, action) === null) throw new HttpProblem(409, 'questions.conflict');
    },
    frame:
      (s: ReceiverSubject, step: string, slug: string) =>
      (ctx: PageContext): ActionFrame => ({
        title: ctx.t(`questions.${step}.title`),
        intro: ctx.t(`questions.${step}.intro`),
        action: `${home(s)}/${slug}`,
        back: home(s),
        context: (
          <div class="wp-q-panel">
            <P text={ctx.t('questions.receiver.title', { reference: s.question.reference })} />
            <Quote text={s.referral.summary} />
          </div>
        ),
      }),
    common: {
      preHandler: requireUser,
      load: (request: FastifyRequest) => referralForReceiver(db, request),
      done: (_request: FastifyRequest, s: ReceiverSubject) => home(s),
    },
  };
}

/** The receiver's action pages: decline with a reason, close with an outcome, scale up, record consent. */
export function referralFormRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, allows, frame, common } = receiverKit(deps);

  actionForm(app, {
    ...common,
    path: '/:district/doorverwijzingen/:id/afwijzen',
    check: allows('decline'),
    schema: declineForm,
    page: (_request, s) =>
      Promise.resolve((ctx, form) =>
        textPage(ctx, frame(s, 'decline', 'afwijzen')(ctx), form, { name: 'reason', step: 'decline', described: true }),
      ),
    submit: async (request, s, data) => (
      await declineReferral(actionContext(request, deps), s.question, s.referral, data.reason),
      ok('afgewezen')
    ),
  });

  actionForm(app, {
    ...common,
    path: '/:district/doorverwijzingen/:id/afsluiten',
    check: allows('close'),
    schema: closeForm,
    page: (_request, s) =>
      Promise.resolve((ctx, form) =>
        textPage(ctx, frame(s, 'close', 'afsluiten')(ctx), form, { name: 'outcome', step: 'close', described: true }),
      ),
    submit: async (request, s, data) => (
      await closeReferral(actionContext(request, deps), s.question, s.referral, data.outcome),
      ok('afgesloten')
    ),
  });

  actionForm(app, {
    ...common,
    path: '/:district/doorverwijzingen/:id/opschalen',
    check: allows('scale_up'),
    schema: referForm,
    async page(_request, s) {
      const contacts = (await partnerContacts(db, s.district.id)).filter((c) => c.id !== s.referral.contactId);
      return (ctx, form) => referPage(ctx, frame(s, 'scaleUp', 'opschalen')(ctx), form, contacts, { formalCareFixed: true });
    },
    async submit(request, s, data) {
      const result = await referQuestion(actionContext(request, deps), s.question, { ...data, formalCare: true }, s.referral);
      return result.ok ? ok('opgeschaald') : result;
    },
  });

  actionForm(app, {
    ...common,
    path: '/:district/doorverwijzingen/:id/toestemming',
    check: allows('close'),
    schema: consentForm,
    defaults: () => consentDefaults(deps.clock.now()),
    async page(_request, s) {
      const organizations = await sortedOrganizations(db, s.district.id);
      return (ctx, form) => consentPage(ctx, frame(s, 'consent', 'toestemming')(ctx), form, organizations);
    },
    async submit(request, s, data) {
      const result = await recordConsent(actionContext(request, deps), s.question, data);
      return result.ok ? ok('toestemming') : result;
    },
  });

  scaleDownRoute(app, deps);
}

/** Op- en afschalen: the professional hands the question back to informal help. */
function scaleDownRoute(app: FastifyInstance, deps: AppDeps): void {
  const { db, allows, frame, common } = receiverKit(deps);
  actionForm(app, {
    ...common,
    path: '/:district/doorverwijzingen/:id/afschalen',
    check: allows('scale_down'),
    schema: handOverForm,
    defaults: async (s) => ({ buurt: (await listBuurten(db, s.district.id)).find((b) => b.id === s.question.buurtId)?.slug ?? '' }),
    async page(request, s) {
      const data = {
        buurten: await listBuurten(db, s.district.id),
        travel: await travelToNeighbourHelp(actionContext(request, deps), s.question),
      };
      return (ctx, form) => handOverPage(ctx, frame(s, 'scaleDown', 'afschalen')(ctx), form, data);
    },
    async submit(request, s, data) {
      const result = await handOver(actionContext(request, deps), s.question, data, s.referral);
      return result.ok ? ok('afgeschaald') : result;
    },
  });
}
