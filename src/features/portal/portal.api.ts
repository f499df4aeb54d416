import type { FastifyInstance } from 'fastify';
import { apiRoute, districtParams } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { listBuurten, listDistricts } from '../../platform/geography/geography.repository.ts';
import { districtOf } from '../../platform/http/guards.ts';
import { districtResponse, districtsResponse } from './portal.schema.ts';

/** The districts and their buurten, for other systems. */
export function portalApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

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
