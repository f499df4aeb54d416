import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { organizationsApi } from './organizations.api.ts';
import { serviceAtLocationsApi } from './service-at-locations.api.ts';
import { servicesApi } from './services.api.ts';
import { taxonomiesApi } from './taxonomies.api.ts';

/** The HSDS 3 read API under /api/hsds/: open data of every district, or of one with `district=oost`. */
export function hsdsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const tag = 'hsds';

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds',
      summary: 'HSDS version of this API',
      tag,
      response: z.object({ version: z.string(), openapi_url: z.string() }),
    },
    () => ({
      version: '3.0',
      openapi_url: new URL('/api/openapi.json', deps.config.baseUrl).href,
    }),
  );

  servicesApi(app, db, tag);
  organizationsApi(app, db, tag);
  serviceAtLocationsApi(app, db, tag);
  taxonomiesApi(app, db, tag);
}
