import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { HttpProblem } from '../../../platform/http/guards.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { editQuestion, moveQuestion, removeQuestion } from './questions.actions.ts';
import { questionPage } from './question.views.tsx';
import { surveyOf } from './surveys.actions.ts';
import { questionForm } from './surveys.schema.ts';
import { surveyPage } from './survey.views.tsx';

/** Rewording, removing and reordering the questions of a survey, until its first answer. */
export function questionsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const path = '/:district/cooperatie/peilingen/:survey/vragen/:question';
  const run = requireCoop('surveys');
  const load = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const params = request.params as { survey: string; question: string };
    const survey = await surveyOf(actionContext(request, deps), district, params.survey);
    const question = survey?.questions.find((q) => q.id === params.question);
    if (survey === undefined || question === undefined) throw new HttpProblem(404);
    return { district, survey, question };
  };
  type Loaded = Awaited<ReturnType<typeof load>>;
  const surveyAddress = (_request: FastifyRequest, { district, survey }: Loaded) => `/${district.slug}/cooperatie/peilingen/${survey.id}`;
  const onSurveyPage =
    (_request: FastifyRequest, { survey }: Loaded) =>
    (ctx: PageContext, form: FormState) =>
      surveyPage(ctx, survey, form);

  formRoute(app, {
    path,
    preHandler: run,
    load,
    defaults: (_request, { question }) => ({ kind: question.kind, text: question.text, options: question.options.join('\n') }),
    page:
      (_request, { survey, question }) =>
      (ctx, form) =>
        survey.responses > 0 ? surveyPage(ctx, survey, form) : questionPage(ctx, survey, question.id, form),
    schema: questionForm,
    act: (request, { district, survey, question }, input) =>
      editQuestion(actionContext(request, deps), district, survey.id, question.id, input),
    done: (request, loaded) => `${surveyAddress(request, loaded)}?melding=vraagGewijzigd`,
  });
  for (const [word, act] of [
    [
      'verwijderen',
      (request: FastifyRequest, { district, survey, question }: Loaded) =>
        removeQuestion(actionContext(request, deps), district, survey.id, question.id),
    ],
    [
      'omhoog',
      (request: FastifyRequest, { district, survey, question }: Loaded) =>
        moveQuestion(actionContext(request, deps), district, survey.id, question.id, 'up'),
    ],
    [
      'omlaag',
      (request: FastifyRequest, { district, survey, question }: Loaded) =>
        moveQuestion(actionContext(request, deps), district, survey.id, question.id, 'down'),
    ],
  ] as const)
    formRoute(app, {
      path: `${path}/${word}`,
      preHandler: run,
      load,
      page: onSurveyPage,
      schema: z.object({}),
      act: (request, loaded) => act(request, loaded),
      done: (request, loaded) => `${surveyAddress(request, loaded)}?melding=${word === 'verwijderen' ? 'vraagWeg' : 'vraagVerplaatst'}`,
      shownOn: surveyAddress,
    });
}
