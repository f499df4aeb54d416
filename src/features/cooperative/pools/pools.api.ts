import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt } from '../../../platform/geography/geography.repository.ts';
import { requireRight } from '../../../platform/http/guards.ts';
import { talents } from '../../help/index.ts';
import { cooperativeOf } from '../shared/access.ts';
import { searchSeenBy } from './pools.actions.ts';
import { poolKinds } from './pools.rules.ts';

const person = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  pool: z.enum(['volunteer', ...poolKinds]),
  buurt: z.string(),
  talents: z.array(z.string()),
  skills: z.string(),
  availability: z.string(),
  active: z.boolean(),
});

/** The talent inventory for coordinators: both pools by talent and buurt, a page at a time; each read is logged. */
export function poolsApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/cooperative/pools',
      summary:
        'People in the cooperative’s pools (volunteers; informal carers, experts by experience, freelancers) by talent and buurt, 25 per page',
      tag: 'cooperative',
      params: districtParams,
      query: z.object({
        talent: z.enum(talents).optional(),
        buurt: z.string().max(80).optional(),
        pool: z.enum(['1', '2']).optional(),
        paused: z.enum(['true', 'false']).optional(),
        page: z.coerce.number().int().min(1).max(100_000).default(1),
      }),
      response: z.object({ total: z.number().int(), page: z.number().int(), pages: z.number().int(), people: z.array(person) }),
      preHandler: [requireRight('pools.search')],
    },
    async ({ query }, request) => {
      const { district } = await cooperativeOf(deps, request);
      const buurt = query.buurt === undefined ? undefined : await findBuurt(deps.database.db, district.id, query.buurt);
      const filter = {
        talent: query.talent ?? null,
        buurtId: buurt?.id ?? null,
        pool: query.pool ?? 'all',
        withPaused: query.paused === 'true',
      } as const;
      // An unknown buurt finds nobody rather than everybody.
      if (query.buurt !== undefined && buurt === undefined) return { total: 0, page: 1, pages: 1, people: [] };
      const found = await searchSeenBy(actionContext(request, deps), district, filter, query.page);
      return { ...found, people: found.people.map((p) => ({ ...p, talents: [...p.talents], buurt: p.buurtName })) };
    },
  );
}
