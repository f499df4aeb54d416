import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { consentStep } from '../consent/consent.step.ts';
import { handOverStep } from '../handover/handover.step.ts';
import { isOpen, nextState, type QuestionAction } from '../question/question.rules.ts';
import { messageForm } from '../question/question.schema.ts';
import { referStep } from '../referrals/refer.step.ts';
import { textPage } from '../ui/action-frame.tsx';
import { stepForm } from '../ui/step-form.ts';
import { coordinatorPlace, type CoordinatorSubject } from './coordinator.tsx';
import { guideEntries } from './guide-entries.ts';
import { pointPage } from './point.views.tsx';
import { answerQuestion, messageResident, pointQuestion } from './triage.actions.ts';
import { answerForm, pointForm } from './triage.schema.ts';

const allows = (action: QuestionAction) => (s: CoordinatorSubject) => nextState(s.question.status, action) !== null;

/** The coordinator's steps on a question: answer, message, point to the guide, refer, consent, hand over. */
export function triageFormRoutes(app: FastifyInstance, deps: AppDeps): void {
  const place = coordinatorPlace(deps);
  stepForm(app, place, {
    slug: 'beantwoorden',
    step: 'answer',
    allowed: allows('answer'),
    schema: answerForm,
    page: (_request, _s, frame) => (ctx, form) =>
      textPage(ctx, frame(ctx), form, { schema: answerForm, name: 'answer', step: 'answer', described: true }),
    act: (request, s, data) => answerQuestion(actionContext(request, deps), s.question, data.answer),
    melding: 'beantwoord',
  });
  stepForm(app, place, {
    slug: 'bericht',
    step: 'message',
    allowed: allows('message'),
    schema: messageForm,
    page: (_request, _s, frame) => (ctx, form) =>
      textPage(ctx, frame(ctx), form, { schema: messageForm, name: 'message', step: 'message', described: false }),
    act: (request, s, data) => messageResident(actionContext(request, deps), s.question, data.message),
    melding: 'bericht',
  });
  stepForm(app, place, {
    slug: 'wijzen',
    step: 'point',
    allowed: allows('point'),
    schema: pointForm,
    async page(_request, s, frame) {
      const entries = await guideEntries(deps.database.db, s.district.id);
      return (ctx, form) => pointPage(ctx, frame(ctx), form, entries);
    },
    act: (request, s, data) => pointQuestion(actionContext(request, deps), s.question, data.entries, data.note),
    melding: 'gewezen',
  });
  stepForm(app, place, referStep(deps, { slug: 'doorverwijzen', step: 'refer', melding: 'doorverwezen', allowed: allows('refer') }));
  stepForm(
    app,
    place,
    consentStep(deps, (s) => isOpen(s.question.status)),
  );
  stepForm(app, place, handOverStep(deps, { slug: 'buurthulp', step: 'handOver', melding: 'buurthulp', allowed: allows('hand_over') }));
}
