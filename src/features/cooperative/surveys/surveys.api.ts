import type { District } from '../../../platform/geography/geography.repository.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams, sendRefusal } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { gapOf } from './gap.actions.ts';
import { needs } from './gap.rules.ts';
import { addQuestion, createSurvey, surveyOf, surveyResults, surveysOf } from './surveys.actions.ts';
import type { Survey } from './surveys.repository.ts';
import { questionKinds } from './surveys.rules.ts';
import { questionForm, surveyForm } from './surveys.schema.ts';

const tag = 'cooperative surveys';
const path = '/api/v1/districts/{district}/cooperative';

const surveyParams = districtParams.extend({ survey: z.string().min(1).max(60) });
const buurtQuery = z.object({ buurt: z.string().max(80).optional() });
const idResponse = z.object({ id: z.string() });
const surveySummary = z.object({
  id: z.string(),
  title: z.string(),
  intro: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  buurten: z.array(z.string()).describe('Slugs of the buurten the survey is for'),
  responses: z.number().int(),
});
const question = z.object({ id: z.string(), kind: z.enum(questionKinds), text: z.string(), options: z.array(z.string()) });
const resultsResponse = z.object({
  survey: z.string(),
  buurt: z.string().nullable(),
  responses: z.number().int(),
  suppressedBelow: z.number().int().describe('Counts from 1 up to this number are null: they could point at a person'),
  questions: z.array(
    question.extend({
      answered: z.number().int(),
      tooFew: z.boolean(),
      counts: z.array(z.object({ value: z.string(), count: z.number().int().nullable(), share: z.number().nullable() })),
    }),
  ),
});
const gapResponse = z.object({
  buurt: z.string(),
  needs: z.array(
    z.object({
      need: z.enum(needs),
      surveyed: z.number().int(),
      requests: z.number().int(),
      unmet: z.number().int(),
      volunteers: z.number().int(),
      offers: z.number().int(),
      status: z.enum(['gap', 'unasked', 'met', 'none']),
    }),
  ),
  unaskedTalents: z.array(z.object({ talent: z.string(), volunteers: z.number().int() })),
});

const summary = (s: Survey) => ({ ...s, buurten: s.buurten.map((b) => b.slug), districtId: undefined });

/** Surveys for coordinators; their aggregated results and the gap for coordinators, boards and the steering group. */
export function surveysApi(app: FastifyInstance, deps: AppDeps): void {
  const district = async (request: FastifyRequest) => (await cooperativeOf(deps, request)).district;

  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/surveys`,
      summary: 'The needs surveys of the district',
      tag,
      params: districtParams,
      response: z.array(surveySummary),
      preHandler: [requireCoop('surveys')],
    },
    async (_i, request) => (await surveysOf(actionContext(request, deps), await district(request))).map(summary),
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/surveys`,
      summary: 'Start a needs survey for buurten of the district',
      tag,
      params: districtParams,
      body: surveyForm,
      response: idResponse,
      preHandler: [requireCoop('surveys')],
    },
    async ({ body }, request, reply) => {
      const outcome = await createSurvey(actionContext(request, deps), await district(request), body);
      return outcome.ok ? { id: outcome.value } : sendRefusal(request, reply, outcome);
    },
  );
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/surveys/{survey}`,
      summary: 'One survey with its questions',
      tag,
      params: surveyParams,
      response: surveySummary.extend({ questions: z.array(question) }),
      preHandler: [requireCoop('surveys')],
    },
    async ({ params }, request) => {
      const survey = await surveyOf(actionContext(request, deps), await district(request), params.survey);
      if (survey === undefined) throw new HttpProblem(404);
      return { ...summary(survey), questions: survey.questions };
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/surveys/{survey}/questions`,
      summary: 'Add a question (until the first answer arrives)',
      tag,
      params: surveyParams,
      body: questionForm,
      response: idResponse,
      preHandler: [requireCoop('surveys')],
      errors: [409],
    },
    async ({ params, body }, request, reply) => {
      const outcome = await addQuestion(actionContext(request, deps), await district(request), params.survey, body);
      return outcome.ok ? { id: outcome.value } : sendRefusal(request, reply, outcome);
    },
  );
  insightApi(app, deps, district);
}

/** Aggregated results and the gap per buurt: what coordinators, boards and the steering group may see. */
function insightApi(app: FastifyInstance, deps: AppDeps, district: (request: FastifyRequest) => Promise<District>): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/surveys/{survey}/results`,
      summary: 'Answers counted per question, for all buurten or one; small numbers suppressed',
      tag,
      params: surveyParams,
      query: buurtQuery,
      response: resultsResponse,
      preHandler: [requireCoop('insight')],
    },
    async ({ params, query }, request) => {
      const results = await surveyResults(actionContext(request, deps), await district(request), params.survey, query.buurt ?? null);
      if (results === undefined) throw new HttpProblem(404);
      return {
        survey: results.survey.id,
        buurt: results.survey.buurten.find((b) => b.id === results.buurtId)?.slug ?? null,
        responses: results.responses,
        suppressedBelow: 5,
        questions: results.questions.map((q) => ({
          ...q.question,
          answered: q.result.answered,
          tooFew: q.result.tooFew,
          counts: q.result.options,
        })),
      };
    },
  );
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/gap`,
      summary: 'Needs (survey answers, help requests) against supply (volunteers, guide offers) per kind of help in one buurt',
      tag,
      params: districtParams,
      query: z.object({ buurt: z.string().min(1).max(80) }),
      response: gapResponse,
      preHandler: [requireCoop('insight')],
    },
    async ({ query }, request) => {
      const own = await district(request);
      const buurt = (await listBuurten(deps.database.db, own.id)).find((b) => b.slug === query.buurt);
      if (buurt === undefined) throw new HttpProblem(404);
      const gap = await gapOf(actionContext(request, deps), own, buurt);
      return {
        buurt: buurt.slug,
        needs: gap.rows.map((r) => ({
          need: r.need,
          surveyed: r.surveyed,
          requests: r.requests,
          unmet: r.unmet,
          volunteers: r.volunteers,
          offers: r.offers,
          status: r.status,
        })),
        unaskedTalents: gap.unaskedTalents,
      };
    },
  );
}
