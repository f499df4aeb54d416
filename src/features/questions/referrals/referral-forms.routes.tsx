import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { requireUser } from '../../../platform/http/guards.ts';
import { consentStep } from '../consent/consent.step.ts';
import { handOverStep } from '../handover/handover.step.ts';
import { stepFrame } from '../ui/action-frame.tsx';
import { P, Quote } from '../ui/blocks.tsx';
import { stepForm, textStep, type StepPlace } from '../ui/step-form.ts';
import { referralForReceiver, type ReceiverSubject } from './receiver.ts';
import { referStep } from './refer.step.ts';
import { closeReferral, declineReferral } from './referral.actions.ts';
import { nextReferralStatus, type ReferralAction } from './referral.rules.ts';
import { closeForm, declineForm } from './referrals.schema.ts';

/** The receiver's step pages hang below their referral, with its summary above the form. */
function receiverPlace(deps: AppDeps): StepPlace<ReceiverSubject> {
  const home = (s: ReceiverSubject) => `/${s.district.slug}/doorverwijzingen/${s.referral.id}`;
  return {
    deps,
    base: '/:district/doorverwijzingen/:id',
    preHandler: requireUser,
    load: (request) => referralForReceiver(deps.database.db, request),
    home,
    frame: (_request, s, step, slug) =>
      Promise.resolve((ctx) =>
        stepFrame(
          ctx,
          { step, home: home(s), slug },
          <div class="wp-q-panel">
            <P text={ctx.t('questions.receiver.title', { reference: s.question.reference })} />
            <Quote text={s.referral.summary} />
          </div>,
        ),
      ),
  };
}

const allows = (action: ReferralAction) => (s: ReceiverSubject) => nextReferralStatus(s.referral.status, action) !== null;

/** The receiver's steps: decline with a reason, close with an outcome, scale up or down, record consent. */
export function referralFormRoutes(app: FastifyInstance, deps: AppDeps): void {
  const place = receiverPlace(deps);
  const decline = textStep(
    {
      slug: 'afwijzen',
      step: 'decline',
      melding: 'afgewezen',
      allowed: allows('decline'),
      schema: declineForm,
      name: 'reason',
      described: true,
    },
    (ctx, s, data) => declineReferral(ctx, s.question, s.referral, data.reason),
  );
  const close = textStep(
    {
      slug: 'afsluiten',
      step: 'close',
      melding: 'afgesloten',
      allowed: allows('close'),
      schema: closeForm,
      name: 'outcome',
      described: true,
    },
    (ctx, s, data) => closeReferral(ctx, s.question, s.referral, data.outcome),
  );
  const previous = (s: ReceiverSubject) => s.referral;
  stepForm(app, place, decline);
  stepForm(app, place, close);
  stepForm(
    app,
    place,
    referStep(deps, { slug: 'opschalen', step: 'scaleUp', melding: 'opgeschaald', allowed: allows('scale_up'), previous }),
  );
  stepForm(app, place, consentStep(deps, allows('close')));
  stepForm(
    app,
    place,
    handOverStep(deps, { slug: 'afschalen', step: 'scaleDown', melding: 'afgeschaald', allowed: allows('scale_down'), previous }),
  );
}
