import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { hasRole } from '../../../platform/auth/roles.rules.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { HttpProblem, requireRole, requireUser } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { localMoment } from '../model/schedule.rules.ts';
import { addAssessment } from '../assessments/assessments.repository.ts';
import { actorOf, changeAndReindex, idPattern, signedIn } from './edit.access.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { isExpert, peopleWithExpertFlag, setExpert } from '../assessments/experts.repository.ts';
import { editableOrganizations, isStale } from '../model/entries.rules.ts';
import type { Dataset } from '../model/guide.model.ts';
import { assessmentForm, expertForm } from './edit.schema.ts';
import { assessPage, expertsPage, managePage, type ManageEntry } from './manage.views.tsx';
import { districtOf } from '../search/search.routes.tsx';

interface IdRoute {
  Params: { district: string; id: string };
}
type IdRequest = FastifyRequest<IdRoute>;

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

export function manageRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/gids/beheer', { preHandler: requireUser }, async (request, reply) => {
    const district = districtOf(request);
    const user = signedIn(request);
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

  async function placeFor(request: IdRequest) {
    const district = districtOf(request);
    const user = signedIn(request);
    if (!(await isExpert(db, user.id, district.id))) throw new HttpProblem(403);
    const place = idPattern.test(request.params.id)
      ? await db.selectFrom('locations').select(['id', 'name', 'district_id']).where('id', '=', request.params.id).executeTakeFirst()
      : undefined;
    if (place?.district_id !== district.id) throw new HttpProblem(404);
    return { district, user, place };
  }

  app.get<IdRoute>('/:district/gids/plekken/:id/beoordelen', { preHandler: requireUser }, async (request, reply) => {
    const { district, place } = await placeFor(request);
    return sendPage(request, reply, (ctx) =>
      assessPage(ctx, district, place, { values: { assessedOn: localMoment(deps.clock.now()).date }, errors: {} }),
    );
  });

  app.post<IdRoute>('/:district/gids/plekken/:id/beoordelen', { preHandler: requireUser }, async (request, reply) => {
    const { district, user, place } = await placeFor(request);
    const form = parseForm(assessmentForm, request.body);
    const today = localMoment(deps.clock.now()).date;
    if (!form.ok || form.data.assessedOn > today) {
      const errors = form.ok ? { assessedOn: { code: 'guide.assess.future' } } : form.errors;
      return sendPage(request, reply, (ctx) => assessPage(ctx, district, place, { values: form.values, errors }), 422);
    }
    const actor = { ...actorOf(user, deps.clock.now()), userId: user.id };
    await changeAndReindex(
      db,
      district.id,
      (trx) => addAssessment(trx, { id: place.id, districtId: district.id }, form.data, actor),
      () => ({ locationIds: [place.id] }),
    );
    return reply.redirect(`/${district.slug}/gids/plekken/${place.id}`, 303);
  });

  const admin = { preHandler: requireRole('administrator') };
  app.get<{ Querystring: { melding?: string } }>('/:district/gids/beheer/ervaringsdeskundigen', admin, async (request, reply) => {
    const district = districtOf(request);
    const people = await peopleWithExpertFlag(db, district.id);
    const notice = request.query.melding === 'opgeslagen' ? request.t('guide.notice.opgeslagen') : undefined;
    return sendPage(request, reply, (ctx) => expertsPage(ctx, district, people, notice));
  });

  app.post('/:district/gids/beheer/ervaringsdeskundigen', admin, async (request, reply) => {
    const district = districtOf(request);
    const form = parseForm(expertForm, request.body);
    const people = await peopleWithExpertFlag(db, district.id);
    if (!form.ok || !people.some((p) => p.id === form.data.userId)) throw new HttpProblem(422);
    const { userId, expert } = form.data;
    await db.transaction().execute(async (trx) => {
      await setExpert(trx, userId, expert);
      await recordAudit(trx, {
        at: deps.clock.now().toISOString(),
        actorUserId: signedIn(request).id,
        action: 'guide.expert_flag_set',
        subjectType: 'user',
        subjectId: userId,
        districtId: district.id,
        details: { expert },
        requestId: request.id,
      });
    });
    return reply.redirect(`/${district.slug}/gids/beheer/ervaringsdeskundigen?melding=opgeslagen`, 303);
  });
}
