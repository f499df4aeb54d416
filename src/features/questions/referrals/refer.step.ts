import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { Question } from '../question/question.repository.ts';
import type { StepSpec, StepWhere } from '../ui/step-form.ts';
import { referQuestion } from './refer.actions.ts';
import { referPage } from './refer.views.tsx';
import { partnerContacts } from './partner-contacts.ts';
import type { Referral } from './referrals.repository.ts';
import { referForm } from './referrals.schema.ts';

type Subject = { district: District; question: Question };

/**
 * Referring to a named person: a coordinator from triage, or the professional who holds the
 * question scaling it up to formal care (`previous`, their own referral; not to themselves).
 */
export function referStep<S extends Subject>(
  deps: AppDeps,
  place: StepWhere<S> & { previous?(subject: S): Referral },
): StepSpec<S, typeof referForm> {
  return {
    slug: place.slug,
    step: place.step,
    allowed: place.allowed,
    schema: referForm,
    async page(_request, s, frame) {
      const previous = place.previous?.(s);
      const contacts = (await partnerContacts(deps.database.db, s.district.id)).filter((c) => c.id !== previous?.contactId);
      return (ctx, form) => referPage(ctx, frame(ctx), form, contacts, { formalCareFixed: previous !== undefined });
    },
    act: (ctx, s, data) => referQuestion(ctx, s.question, { ...data, formalCare: data.formalCare === 'yes' }, place.previous?.(s)),
    melding: place.melding,
  };
}
