import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { listBuurten } from '../../platform/geography/geography.repository.ts';
import { districtOf } from '../../platform/http/guards.ts';
import { sendPage } from '../../platform/layout/render.ts';
import { chooseDistrictPage, districtHomePage, infoPage } from './portal.views.tsx';

/** Choosing a district, each district's start page, and the about pages. */
export function portalRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/', async (request, reply) => sendPage(request, reply, (ctx) => chooseDistrictPage(ctx)));

  for (const topic of ['over', 'toegankelijkheid', 'privacy'] as const) {
    app.get(`/${topic}`, async (request, reply) => sendPage(request, reply, (ctx) => infoPage(ctx, topic)));
  }

  app.get('/:district', async (request, reply) => {
    const district = districtOf(request);
    const buurten = await listBuurten(deps.database.db, district.id);
    return sendPage(request, reply, (ctx) => districtHomePage(ctx, district, buurten, app.shell.homeTasks));
  });
}
