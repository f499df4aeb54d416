import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { csvOf } from './export.csv.ts';
import { hsdsExport } from './export.ts';
import { hsdsContextOf } from './hsds.context.ts';
import { openDataPage } from './open-data.views.tsx';

/** Open data: the page that points to it, the district's guide as one HSDS file, and as a spreadsheet. */
export function exportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/gids/open-data', async (request, reply) => {
    const district = districtOf(request);
    return sendPage(request, reply, (ctx) => openDataPage(ctx, district, deps.config.baseUrl));
  });

  app.get('/:district/gids/export/hsds.json', async (request, reply) => {
    const district = districtOf(request);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="wegwijzer-${district.slug}-hsds.json"`)
      .send(await hsdsExport(db, district));
  });

  app.get('/:district/gids/export.csv', async (request, reply) => {
    const district = districtOf(request);
    const data = await loadDataset(db, { districtId: district.id });
    const csv = csvOf(request.t, request.lang, data, await hsdsContextOf(db, district.id));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="wegwijzer-${district.slug}.csv"`)
      .send(csv);
  });
}
