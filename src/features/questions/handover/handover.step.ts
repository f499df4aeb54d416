import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import type { Question } from '../question/question.repository.ts';
import type { Referral } from '../referrals/referrals.repository.ts';
import type { StepSpec, StepWhere } from '../ui/step-form.ts';
import { handOver, travelToNeighbourHelp } from './handover.actions.ts';
import { handOverForm } from './handover.schema.ts';
import { handOverPage } from './handover.views.tsx';

type Subject = { district: District; question: Question };

/**
 * Handing a question over to neighbour help: a coordinator's triage outcome, or a
 * professional's scale-down of their referral (`previous`). The form starts in the
 * resident's own buurt and says first what of the resident goes along.
 */
export function handOverStep<S extends Subject>(
  deps: AppDeps,
  place: StepWhere<S> & { previous?(subject: S): Referral },
): StepSpec<S, typeof handOverForm> {
  const { db } = deps.database;
  return {
    slug: place.slug,
    step: place.step,
    allowed: place.allowed,
    schema: handOverForm,
    defaults: async (_request, s) => ({
      buurt: (await listBuurten(db, s.district.id)).find((b) => b.id === s.question.buurtId)?.slug ?? '',
    }),
    async page(_request, s, frame) {
      const data = { buurten: await listBuurten(db, s.district.id), travel: await travelToNeighbourHelp(db, s.question, deps.clock.now()) };
      return (ctx, form) => handOverPage(ctx, frame(ctx), form, data);
    },
    act: (ctx, s, data) => handOver(ctx, s.question, data, place.previous?.(s)),
    melding: place.melding,
  };
}
