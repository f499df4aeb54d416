import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { networksOfDistrict } from './networks.repository.ts';

const networksResponse = z.array(
  z.object({
    buurt: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    name: z.string().nullable(),
    assistant: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
    availability: z.string(),
  }),
);

/** The district's buurt networks (seed 004's table); null where nothing is known yet. */
export function networksApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/buurtnetwerken',
      summary: 'The buurt networks of a district with their buurt assistants',
      tag: 'portal',
      params: districtParams,
      response: networksResponse,
    },
    async (_input, request) =>
      (await networksOfDistrict(deps.database.db, districtOf(request).id)).map((n) => ({
        buurt: { id: n.buurtId, slug: n.buurtSlug, name: n.buurtName },
        name: n.name,
        assistant: n.assistant === null ? null : { name: n.assistant.name, phone: n.assistant.phone, email: n.assistant.email },
        availability: n.availability,
      })),
  );
}
