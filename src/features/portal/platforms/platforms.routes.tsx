import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireAccess } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { contactPointOfDistrict } from '../../guide/index.ts';
import { addPlatform, changePlatform, removePlatform } from './platforms.actions.ts';
import { findPlatform, platformsOfDistrict } from './platforms.repository.ts';
import { mayKeepPlatforms } from './platforms.rules.ts';
import { platformForm } from './platforms.schema.ts';
import { platformFormPage, platformsPage, platformsPath } from './platforms.views.tsx';

type IdRequest = FastifyRequest<{ Params: { district: string; id: string } }>;

const notices = ['toegevoegd', 'gewijzigd', 'verwijderd'];

/** Seed 000 §5: the platforms and apps the steering group chose, shown to everyone, kept by the steering group. */
export function platformRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const steering = requireAccess((user, district) => district !== null && mayKeepPlatforms(user.roles, district.id));

  app.get('/:district/platforms-en-apps', async (request, reply) => {
    const district = districtOf(request);
    const data = {
      district,
      platforms: await platformsOfDistrict(db, district.id),
      canEdit: request.user !== null && mayKeepPlatforms(request.user.roles, district.id),
      point: await contactPointOfDistrict(db, district.id),
      now: deps.clock.now(),
      notice: noticeOf(request, 'portal.platform.notice', notices),
    };
    return sendPage(request, reply, (ctx) => platformsPage(ctx, data));
  });

  formRoute(app, {
    path: '/:district/platforms-en-apps/nieuw',
    preHandler: steering,
    load: (request) => Promise.resolve(districtOf(request)),
    page: (_request, district) => (ctx, form) => platformFormPage(ctx, form, { district, platform: null }),
    schema: platformForm,
    act: (request, district, input) => addPlatform(actionContext(request, deps), district, input),
    done: (_request, district) => platformsPath(district, '?melding=toegevoegd'),
  });

  async function load(request: FastifyRequest) {
    const district = districtOf(request);
    const platform = await findPlatform(db, district.id, (request as IdRequest).params.id);
    if (platform === undefined) throw new HttpProblem(404);
    return { district, platform };
  }

  formRoute(app, {
    path: '/:district/platforms-en-apps/:id/wijzigen',
    preHandler: steering,
    load,
    defaults: (_request, { platform: p }) => ({
      name: p.name,
      purpose: p.purpose,
      audience: p.audience,
      link: p.link ?? '',
      chosenOn: p.chosenOn ?? '',
    }),
    page: (_request, subject) => (ctx, form) => platformFormPage(ctx, form, subject),
    schema: platformForm,
    act: (request, { district, platform }, input) => changePlatform(actionContext(request, deps), district, platform.id, input),
    done: (_request, { district }) => platformsPath(district, '?melding=gewijzigd'),
  });

  app.post('/:district/platforms-en-apps/:id/verwijderen', { preHandler: steering }, async (request, reply) => {
    const { district, platform } = await load(request);
    const outcome = await removePlatform(actionContext(request, deps), district, platform.id);
    if (!outcome.ok) throw new HttpProblem(outcome.status);
    return reply.redirect(platformsPath(district, '?melding=verwijderd'), 303);
  });
}
