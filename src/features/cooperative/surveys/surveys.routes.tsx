import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { parseForm } from '../../../platform/http/forms.ts';
import { HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { mayInCooperative, type CoopPower } from '../shared/access.rules.ts';
import { cooperativeOf, requireCoop, requireCoopAny } from '../shared/access.ts';
import { answerPage } from './answer.views.tsx';
import { gapOf } from './gap.actions.ts';
import { gapPage } from './gap.views.tsx';
import { surveysPage } from './list.views.tsx';
import { resultsPage } from './results.views.tsx';
import { addQuestion, answerSurvey, createSurvey, surveyOf, surveyResults, surveysOf } from './surveys.actions.ts';
import { answerForm, questionForm, surveyForm, type AnswerInput } from './surveys.schema.ts';
import { surveyPage } from './survey.views.tsx';

interface SurveyRoute {
  Params: { survey: string };
  Querystring: { buurt?: string; melding?: string };
}
type SurveyRequest = FastifyRequest<SurveyRoute>;

/** Running surveys (coordinators), typing in paper forms (walk-in points), results and the gap (coordinators, boards, steering group). */
export function surveysRoutes(app: FastifyInstance, deps: AppDeps): void {
  const list = '/:district/cooperatie/peilingen';
  const may = (request: FastifyRequest, power: CoopPower) =>
    request.user !== null && request.district !== null && mayInCooperative(request.user.roles, power, request.district.id);

  const listPage = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const data = {
      surveys: await surveysOf(actionContext(request, deps), district),
      buurten: await listBuurten(deps.database.db, district.id),
      mayRun: may(request, 'surveys'),
      mayPaper: may(request, 'paperEntry'),
      mayInsight: may(request, 'insight'),
    };
    const notice = noticeOf(request, 'cooperative.surveys.notice', ['gestart']);
    return (ctx: Parameters<typeof surveysPage>[0], form: FormState) => surveysPage(ctx, data, form, notice);
  };
  app.get(list, { preHandler: requireCoopAny('surveys', 'paperEntry', 'insight') }, async (request, reply) => {
    const page = await listPage(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${list}/nieuw`,
    preHandler: requireCoop('surveys'),
    load: (request) => cooperativeOf(deps, request),
    page: listPage,
    schema: surveyForm,
    act: (request, { district }, input) => createSurvey(actionContext(request, deps), district, input),
    done: (_request, { district }, id) => `/${district.slug}/cooperatie/peilingen/${id}?melding=gestart`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/peilingen`,
  });

  const load = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const survey = await surveyOf(actionContext(request, deps), district, (request as SurveyRequest).params.survey);
    if (survey === undefined) throw new HttpProblem(404);
    return { district, survey };
  };
  const detailPage = async (request: FastifyRequest) => {
    const { survey } = await load(request);
    const notice = noticeOf(request, 'cooperative.surveys.notice', ['gestart', 'vraag', 'vraagGewijzigd', 'vraagWeg', 'vraagVerplaatst']);
    return (ctx: Parameters<typeof surveyPage>[0], form: FormState) => surveyPage(ctx, survey, form, notice);
  };
  app.get(`${list}/:survey`, { preHandler: requireCoop('surveys') }, async (request, reply) => {
    const page = await detailPage(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${list}/:survey/vragen`,
    preHandler: requireCoop('surveys'),
    load,
    page: detailPage,
    schema: questionForm,
    act: (request, { district, survey }, input) => addQuestion(actionContext(request, deps), district, survey.id, input),
    done: (_request, { district, survey }) => `/${district.slug}/cooperatie/peilingen/${survey.id}?melding=vraag`,
    shownOn: (_request, { district, survey }) => `/${district.slug}/cooperatie/peilingen/${survey.id}`,
  });

  // A paper form typed in at a walk-in point: the same questions, kept as "ingevoerd van papier".
  app.get(`${list}/:survey/papier`, { preHandler: requireCoop('paperEntry') }, async (request, reply) => {
    const { survey } = await load(request);
    const notice = noticeOf(request, 'cooperative.surveys.notice', ['papier']);
    return sendPage(request, reply, (ctx) => answerPage(ctx, survey, emptyForm, 'paper', notice));
  });
  app.post(`${list}/:survey/papier`, { preHandler: requireCoop('paperEntry') }, async (request, reply) => {
    const { district, survey } = await load(request);
    const form = parseForm(answerForm(survey.questions), request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => answerPage(ctx, survey, form, 'paper'), 422);
    const outcome = await answerSurvey(actionContext(request, deps), district, survey.id, form.data as AnswerInput, 'paper');
    if (!outcome.ok)
      return sendPage(
        request,
        reply,
        (ctx) => answerPage(ctx, survey, { values: form.values, errors: outcome.errors }, 'paper'),
        outcome.status,
      );
    return reply.redirect(`/${district.slug}/cooperatie/peilingen/${survey.id}/papier?melding=papier`, 303);
  });

  app.get<SurveyRoute>(`${list}/:survey/uitslag`, { preHandler: requireCoop('insight') }, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const results = await surveyResults(actionContext(request, deps), district, request.params.survey, request.query.buurt ?? null);
    if (results === undefined) throw new HttpProblem(404);
    return sendPage(request, reply, (ctx) => resultsPage(ctx, results));
  });

  app.get<SurveyRoute>('/:district/cooperatie/vraag-en-aanbod', { preHandler: requireCoop('insight') }, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const buurten = await listBuurten(deps.database.db, district.id);
    const buurt = buurten.find((b) => b.slug === request.query.buurt) ?? buurten[0];
    if (buurt === undefined) throw new HttpProblem(404);
    const gap = await gapOf(actionContext(request, deps), district, buurt);
    return sendPage(request, reply, (ctx) => gapPage(ctx, { buurten, buurt, gap }));
  });
}
