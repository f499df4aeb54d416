import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { listBuurten, listDistricts, type District } from '../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { sendPage } from '../../platform/layout/render.ts';
import { districtParams, districtResponse, districtsResponse } from './portal.schema.ts';
import { chooseDistrictPage, districtHomePage, infoPage } from './portal.views.tsx';

function districtOf(request: FastifyRequest): District {
  if (request.district === null) throw new HttpProblem(404);
  return request.district;
}

export function portalRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/', async (request, reply) => sendPage(request, reply, (ctx) => chooseDistrictPage(ctx)));

  for (const topic of ['over', 'toegankelijkheid', 'privacy'] as const) {
    app.get(`/${topic}`, async (request, reply) => sendPage(request, reply, (ctx) => infoPage(ctx, topic)));
  }

  app.get('/:district', async (request, reply) => {
    const district = districtOf(request);
    const buurten = await listBuurten(db, district.id);
    return sendPage(request, reply, (ctx) => districtHomePage(ctx, district, buurten, app.shell.homeTasks));
  });

  apiRoute(
    app,
    { method: 'get', path: '/api/v1/districts', summary: 'All districts', tag: 'geography', response: districtsResponse },
    async () => (await listDistricts(db)).map((d) => ({ id: d.id, slug: d.slug, name: d.name, municipality: d.municipalityName })),
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}',
      summary: 'One district with its buurten',
      tag: 'geography',
      params: districtParams,
      response: districtResponse,
    },
    async (_input, request) => {
      const d = districtOf(request);
      const buurten = await listBuurten(db, d.id);
      return {
        id: d.id,
        slug: d.slug,
        name: d.name,
        municipality: d.municipalityName,
        buurten: buurten.map((b) => ({ id: b.id, slug: b.slug, name: b.name })),
      };
    },
  );
}
