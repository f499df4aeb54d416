import type { FastifyInstance } from 'fastify';
import type { AppDeps, StartSectionInput } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { pageContext } from '../../../platform/http/request-context.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { renderSlot } from '../../../platform/layout/start-sections.ts';
import { walkInPointsOfDistrict, contactPointOfDistrict } from '../../guide/index.ts';
import { startDataOfDistrict } from './start.repository.ts';
import { districtHomePage } from './start.views.tsx';

/** The district's start page: the front door of the portal. */
export function startRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district', async (request, reply) => {
    const district = districtOf(request);
    const now = deps.clock.now();
    const input: StartSectionInput = { db, ctx: await pageContext(request, reply), district, buurt: null, where: 'start', now };
    const [walkIns, point, { networks, platforms }, whatsOn, news] = await Promise.all([
      walkInPointsOfDistrict(db, district.id),
      contactPointOfDistrict(db, district.id),
      startDataOfDistrict(db, district.id),
      renderSlot(app.features, 'whatsOn', input),
      renderSlot(app.features, 'news', input),
    ]);
    const data = {
      district,
      tasks: app.shell.homeTasks,
      point,
      walkInCount: walkIns.length,
      networks,
      platforms,
      slots: { whatsOn, news },
      now,
    };
    return sendPage(request, reply, (ctx) => districtHomePage(ctx, data));
  });
}
