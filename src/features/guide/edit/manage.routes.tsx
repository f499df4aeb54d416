import type { FastifyInstance } from 'fastify';
import { hasRole } from '../../../platform/auth/roles.rules.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem, requireUser, userOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { editableOrganizations, isStale } from '../model/entries.rules.ts';
import type { Dataset } from '../model/guide.model.ts';
import { managePage, type ManageEntry } from './manage.views.tsx';

/** Everything a person keeps, stale entries first, then by name. */
function entriesOf(data: Dataset, now: Date): ManageEntry[] {
  const entry = (type: ManageEntry['type']) => (e: { id: string; name: string; lastVerifiedAt: string | null; createdAt: string }) => ({
    type,
    id: e.id,
    name: e.name,
    verifiedAt: e.lastVerifiedAt,
    stale: isStale(e, now),
  });
  const all = [
    ...data.organizations.map(entry('organization')),
    ...data.services.map(entry('service')),
    ...data.locations.map(entry('location')),
  ];
  return all.sort((a, b) => Number(b.stale) - Number(a.stale) || a.name.localeCompare(b.name, 'nl'));
}

/** "Wegwijzer bijhouden": a coordinator keeps the whole district's guide, a partner contact their organisation's. */
export function manageRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/gids/beheer', { preHandler: requireUser }, async (request, reply) => {
    const district = districtOf(request);
    const user = userOf(request);
    const allowed = editableOrganizations(user.roles, district.id);
    if (allowed !== 'all' && allowed.length === 0) throw new HttpProblem(403);
    const data = await loadDataset(
      db,
      allowed === 'all' ? { districtId: district.id } : { districtId: district.id, organizationIds: allowed },
    );
    const own =
      allowed === 'all'
        ? data
        : {
            ...data,
            services: data.services.filter((s) => allowed.includes(s.organizationId)),
            locations: data.locations.filter((l) => allowed.includes(l.organizationId ?? '')),
          };
    const entries = entriesOf(own, deps.clock.now());
    const manage = {
      district,
      entries: entries.slice(0, 300),
      staleCount: entries.filter((e) => e.stale).length,
      coordinator: allowed === 'all',
      administrator: hasRole(user.roles, ['administrator'], { districtId: district.id }),
      organizations: data.organizations.map((o) => ({ id: o.id, name: o.name })),
    };
    return sendPage(request, reply, (ctx) => managePage(ctx, manage));
  });
}
