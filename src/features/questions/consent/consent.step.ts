import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { organizationsOfDistrict } from '../../guide/index.ts';
import type { Question } from '../question/question.repository.ts';
import type { StepSpec } from '../ui/step-form.ts';
import { recordConsent } from './consent.actions.ts';
import { consentPage } from './consent-form.views.tsx';
import { consentDefaults } from './consent.rules.ts';
import { consentForm } from './consent.schema.ts';

/** Writing consent down (or asking for it online), from a coordinator's question or a receiver's referral. */
export function consentStep<S extends { district: District; question: Question }>(
  deps: AppDeps,
  allowed: (subject: S) => boolean,
): StepSpec<S, typeof consentForm> {
  return {
    slug: 'toestemming',
    step: 'consent',
    allowed,
    schema: consentForm,
    defaults: () => consentDefaults(deps.clock.now()),
    async page(_request, s, frame) {
      const organizations = await organizationsOfDistrict(deps.database.db, s.district.id);
      return (ctx, form) => consentPage(ctx, frame(ctx), form, organizations);
    },
    act: (ctx, s, data) => recordConsent(ctx, s.question, data),
    melding: 'toestemming',
  };
}
