import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, requireRole } from '../../../platform/http/guards.ts';
import { peopleOfDistrict } from './people.repository.ts';
import { peopleResponse } from './people.schema.ts';

export function peopleApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/people',
      summary: 'People with a role in the district (administrators only), 100 per page by name',
      tag: 'accounts',
      params: districtParams,
      query: z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) }),
      response: peopleResponse,
      preHandler: [requireRole('administrator')],
    },
    async ({ query }, request) => {
      const { people } = await peopleOfDistrict(deps.database.db, districtOf(request).id, query.page);
      return people.map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        roles: p.roles.map((r) => ({ id: r.id, role: r.role, buurt: r.buurtName })),
      }));
    },
  );
}
