import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireAccess } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { contactPointOfDistrict } from '../../guide/index.ts';
import { addQa, changeQa, removeQa } from './qa.actions.ts';
import { findQa, qaOfDistrict, showsCityItems } from './qa.repository.ts';
import { mayKeepQa, type QaScope } from './qa.rules.ts';
import { qaForm } from './qa.schema.ts';
import { qaFormPage, qaPage, qaPath } from './qa.views.tsx';

type IdRequest = FastifyRequest<{ Params: { district: string; id: string } }>;

const notices = ['toegevoegd', 'gewijzigd', 'verwijderd'];

const keeps = (user: CurrentUser | null, district: District) => (scope: QaScope) =>
  user !== null && mayKeepQa(user.roles, district.id, scope);

/** Seed 003 §4.3: questions and answers per district and for the whole city, kept by coordinators. */
export function qaRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinators = requireAccess((user, district) => district !== null && mayKeepQa(user.roles, district.id, 'district'));

  app.get('/:district/vragen-en-antwoorden', async (request, reply) => {
    const district = districtOf(request);
    const data = {
      district,
      items: await qaOfDistrict(db, district.id),
      canEdit: keeps(request.user, district),
      point: await contactPointOfDistrict(db, district.id),
      now: deps.clock.now(),
      notice: noticeOf(request, 'portal.qa.notice', notices),
    };
    return sendPage(request, reply, (ctx) => qaPage(ctx, data));
  });

  async function context(request: FastifyRequest) {
    const district = districtOf(request);
    const cityChoice = keeps(request.user, district)('city') && (await showsCityItems(db, district.id));
    return { district, cityChoice };
  }

  formRoute(app, {
    path: '/:district/vragen-en-antwoorden/nieuw',
    preHandler: coordinators,
    load: context,
    defaults: () => ({ scope: 'district' }),
    page: (_request, c) => (ctx, form) => qaFormPage(ctx, form, { ...c, item: null }),
    schema: qaForm,
    act: (request, { district }, input) => addQa(actionContext(request, deps), district, input),
    done: (_request, { district }) => qaPath(district, '?melding=toegevoegd'),
  });

  async function load(request: FastifyRequest) {
    const c = await context(request);
    const item = await findQa(db, c.district.id, (request as IdRequest).params.id);
    if (item === undefined) throw new HttpProblem(404);
    if (!keeps(request.user, c.district)(item.scope)) throw new HttpProblem(403);
    return { ...c, item };
  }

  formRoute(app, {
    path: '/:district/vragen-en-antwoorden/:id/wijzigen',
    preHandler: coordinators,
    load,
    defaults: (_request, { item }) => ({ question: item.question, answer: item.answer, scope: item.scope }),
    page: (_request, subject) => (ctx, form) => qaFormPage(ctx, form, subject),
    schema: qaForm,
    act: (request, { district, item }, input) => changeQa(actionContext(request, deps), district, item, input),
    done: (_request, { district }) => qaPath(district, '?melding=gewijzigd'),
  });

  app.post('/:district/vragen-en-antwoorden/:id/verwijderen', { preHandler: coordinators }, async (request, reply) => {
    const { district, item } = await load(request);
    const outcome = await removeQa(actionContext(request, deps), district, item);
    if (!outcome.ok) throw new HttpProblem(outcome.status);
    return reply.redirect(qaPath(district, '?melding=verwijderd'), 303);
  });
}
