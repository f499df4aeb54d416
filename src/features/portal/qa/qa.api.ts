import type { FastifyInstance } from 'fastify';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { qaOfDistrict } from './qa.repository.ts';
import { qaResponse } from './qa.schema.ts';

/** The questions and answers a district shows: its own, and in a Thuis in je Wijk district those of the whole city (public). */
export function qaApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/qa',
      summary: 'Questions and answers of a district, with the city-wide ones of Thuis in je Wijk',
      tag: 'portal',
      params: districtParams,
      response: qaResponse,
    },
    async (_input, request) => qaOfDistrict(deps.database.db, districtOf(request).id),
  );
}
