import type { FastifyInstance } from 'fastify';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { platformsOfDistrict } from './platforms.repository.ts';
import { platformsResponse } from './platforms.schema.ts';

/** The platforms and apps the district's steering group chose (public). */
export function platformsApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/platforms',
      summary: 'The digital platforms and apps the steering group chose; link and chosenOn are null when not known',
      tag: 'portal',
      params: districtParams,
      response: platformsResponse,
    },
    async (_input, request) => platformsOfDistrict(deps.database.db, districtOf(request).id),
  );
}
