import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { walkInPointsOfDistrict } from '../../guide/index.ts';
import { walkInsPage } from './walk-ins.views.tsx';

/** The district's walk-in points, computed from the guide's schedules. */
export function walkInRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/inlooppunten', async (request, reply) => {
    const district = districtOf(request);
    const points = await walkInPointsOfDistrict(deps.database.db, district.id);
    return sendPage(request, reply, (ctx) => walkInsPage(ctx, { district, points, now: deps.clock.now() }));
  });
}
