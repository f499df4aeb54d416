import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Db } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { cachedBuurten } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { latestRemarks } from '../assessments/assessments.repository.ts';
import { isExpert } from '../assessments/experts.repository.ts';
import { loadDataset, type Scope } from '../model/dataset.repository.ts';
import { canEditEntry, isStale } from '../model/entries.rules.ts';
import { isEntryId } from '../model/ids.ts';
import { openAt } from '../model/schedule.rules.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import type { DetailData } from './detail.views.tsx';
import { organizationPage } from './organization.views.tsx';
import { locationPage } from './place.views.tsx';
import { servicePage } from './service.views.tsx';

type IdRequest = FastifyRequest<{ Params: { district: string; id: string } }>;

async function loadDetail(db: Db, request: IdRequest, scope: Omit<Scope, 'districtId'>, now: Date) {
  const district = districtOf(request);
  if (!isEntryId(request.params.id)) throw new HttpProblem(404);
  const data = await loadDataset(db, { districtId: district.id, ...scope });
  return {
    district,
    data,
    terms: new Map((await cachedTerms(db)).map((t) => [t.id, t])),
    buurten: await cachedBuurten(db, district.id),
    now,
  };
}

async function detailData(
  db: Db,
  base: Awaited<ReturnType<typeof loadDetail>>,
  user: CurrentUser | null,
  entry: { organizationId: string | null; lastVerifiedAt: string | null; createdAt: string },
  schedules: DetailData['data']['schedules'],
  place: boolean,
): Promise<DetailData> {
  const canEdit = user !== null && canEditEntry(user.roles, { districtId: base.district.id, organizationId: entry.organizationId });
  return {
    ...base,
    stale: isStale(entry, base.now),
    canEdit,
    canAssess: place && user !== null && (await isExpert(db, user.id, base.district.id)),
    openNow: openAt(schedules, base.now),
    hasHours: schedules.length > 0,
  };
}

/** The public page of each entry: an offer, a place, an organisation. */
export function detailRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/gids/aanbod/:id', async (request: IdRequest, reply) => {
    const base = await loadDetail(db, request, { serviceIds: [request.params.id] }, deps.clock.now());
    const service = base.data.services.find((s) => s.id === request.params.id);
    if (service === undefined) throw new HttpProblem(404);
    const sals = new Set(base.data.serviceAtLocations.filter((s) => s.serviceId === service.id).map((s) => s.id));
    const schedules = base.data.schedules.filter((s) => s.serviceId === service.id || sals.has(s.serviceAtLocationId ?? ''));
    const d = await detailData(db, base, request.user, service, schedules, false);
    return sendPage(request, reply, (ctx) => servicePage(ctx, d, service));
  });

  app.get('/:district/gids/plekken/:id', async (request: IdRequest, reply) => {
    const base = await loadDetail(db, request, { locationIds: [request.params.id] }, deps.clock.now());
    const place = base.data.locations.find((l) => l.id === request.params.id);
    if (place === undefined) throw new HttpProblem(404);
    const schedules = base.data.schedules.filter((s) => s.locationId === place.id);
    const d = { ...(await detailData(db, base, request.user, place, schedules, true)), remarks: await latestRemarks(db, place.id) };
    return sendPage(request, reply, (ctx) => locationPage(ctx, d, place));
  });

  app.get('/:district/gids/organisaties/:id', async (request: IdRequest, reply) => {
    const base = await loadDetail(db, request, { organizationIds: [request.params.id] }, deps.clock.now());
    const org = base.data.organizations.find((o) => o.id === request.params.id);
    if (org === undefined) throw new HttpProblem(404);
    const d = await detailData(db, base, request.user, { ...org, organizationId: org.id }, [], false);
    return sendPage(request, reply, (ctx) => organizationPage(ctx, d, org));
  });
}
