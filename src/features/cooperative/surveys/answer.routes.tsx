import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { cooperativeOf } from '../shared/access.ts';
import { answerPage, printPage, thanksPage } from './answer.views.tsx';
import { answerSurvey, surveyOf } from './surveys.actions.ts';
import { refuseAnswer } from './surveys.rules.ts';
import { localDay } from '../../../platform/clock.ts';
import { answerForm, type AnswerInput } from './surveys.schema.ts';

/** Anyone may answer, a few times an hour from one address (a household may fill in more than one form). */
const ANSWER_LIMIT = { limit: 10, windowSeconds: 3600 };

type SurveyRequest = FastifyRequest<{ Params: { survey: string }; Querystring: { melding?: string } }>;

/** The public side of a survey: the online form without an account, and the form to print. */
export function answerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const path = '/:district/cooperatie/peiling/:survey';
  const load = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const survey = await surveyOf(actionContext(request, deps), district, (request as SurveyRequest).params.survey);
    if (survey === undefined) throw new HttpProblem(404);
    return { district, survey };
  };
  const show = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status: number) => {
    const { survey } = await load(request);
    const closed =
      survey.questions.length === 0 ? 'cooperative.surveys.answer.notOpen' : refuseAnswer(survey, localDay(deps.clock.now()), 'online');
    return sendPage(request, reply, (ctx) => answerPage(ctx, survey, form, 'online', undefined, closed ?? undefined), status);
  };

  app.get(path, async (request: SurveyRequest, reply) => {
    if (request.query.melding === 'bedankt') {
      const { survey } = await load(request);
      return sendPage(request, reply, (ctx) => thanksPage(ctx, survey));
    }
    return show(request, reply, emptyForm, 200);
  });
  // The platform's form pattern, with the rate limit between checking the form and acting on it.
  app.post(path, async (request, reply) => {
    const { district, survey } = await load(request);
    const form = parseForm(answerForm(survey.questions), request.body);
    if (!form.ok) return show(request, reply, form, 422);
    if (await overRateLimit(deps.database.db, reply, [[`coop.survey:${request.ip}`, ANSWER_LIMIT]], deps.clock.now()))
      return show(request, reply, { values: form.values, errors: { _form: { code: 'cooperative.tooMany' } } }, 429);
    const outcome = await answerSurvey(actionContext(request, deps), district, survey.id, form.data as AnswerInput, 'online');
    if (!outcome.ok) return show(request, reply, { values: form.values, errors: outcome.errors }, outcome.status);
    return reply.redirect(`/${district.slug}/cooperatie/peiling/${survey.id}?melding=bedankt`, 303);
  });

  app.get(`${path}/afdrukken`, async (request, reply) => {
    const { survey } = await load(request);
    return sendPage(request, reply, (ctx) => printPage(ctx, survey));
  });
}
