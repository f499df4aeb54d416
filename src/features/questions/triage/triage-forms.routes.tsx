import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { consentStep } from '../consent/consent.step.ts';
import { handOverStep } from '../handover/handover.step.ts';
import { isOpen, nextState, type QuestionAction } from '../question/question.rules.ts';
import { messageForm } from '../question/question.schema.ts';
import { referStep } from '../referrals/refer.step.ts';
import { stepForm, textStep, type StepSpec } from '../ui/step-form.ts';
import { coordinatorPlace, type CoordinatorSubject } from './coordinator.tsx';
import { guideEntries } from './guide-entries.ts';
import { pointPage } from './point.views.tsx';
import { answerQuestion, messageResident, pointQuestion } from './triage.actions.ts';
import { answerForm, pointForm } from './triage.schema.ts';

const allows = (action: QuestionAction) => (s: CoordinatorSubject) => nextState(s.question.status, action) !== null;

/** The coordinator's steps on a question: answer, message, point to the guide, refer, consent, hand over. */
export function triageFormRoutes(app: FastifyInstance, deps: AppDeps): void {
  const place = coordinatorPlace(deps);
  const answer = textStep(
    {
      slug: 'beantwoorden',
      step: 'answer',
      melding: 'beantwoord',
      allowed: allows('answer'),
      schema: answerForm,
      name: 'answer',
      described: true,
    },
    (ctx, s, data) => answerQuestion(ctx, s.question, data.answer),
  );
  const message = textStep(
    {
      slug: 'bericht',
      step: 'message',
      melding: 'bericht',
      allowed: allows('message'),
      schema: messageForm,
      name: 'message',
      described: false,
    },
    (ctx, s, data) => messageResident(ctx, s.question, data.message),
  );
  const point: StepSpec<CoordinatorSubject, typeof pointForm> = {
    slug: 'wijzen',
    step: 'point',
    melding: 'gewezen',
    allowed: allows('point'),
    schema: pointForm,
    async page(_request, s, frame) {
      const entries = await guideEntries(deps.database.db, s.district.id);
      return (ctx, form) => pointPage(ctx, frame(ctx), form, entries);
    },
    act: (ctx, s, data) => pointQuestion(ctx, s.question, data.entries, data.note),
  };
  stepForm(app, place, answer);
  stepForm(app, place, message);
  stepForm(app, place, point);
  stepForm(app, place, referStep(deps, { slug: 'doorverwijzen', step: 'refer', melding: 'doorverwezen', allowed: allows('refer') }));
  stepForm(
    app,
    place,
    consentStep(deps, (s) => isOpen(s.question.status)),
  );
  stepForm(app, place, handOverStep(deps, { slug: 'buurthulp', step: 'handOver', melding: 'buurthulp', allowed: allows('hand_over') }));
}
