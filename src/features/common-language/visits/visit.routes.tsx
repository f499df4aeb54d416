import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { localDay } from '../../../platform/clock.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, requireRight, userOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import type { PoolInviter } from '../core/pool-inviter.ts';
import { buurtenToChoose, recordVisit, visitBuurten } from './visit.actions.ts';
import { countVisits, listVisits } from './visit.repository.ts';
import { pageOf } from './visit.rules.ts';
import { visitForm, visitListQuery } from './visit.schema.ts';
import { visitFormPage } from './visit-form.views.tsx';
import { visitListPage } from './visit.views.tsx';
import { walkInsOf } from './walk-ins.ts';

const PER_PAGE = 25;

/** A buurt assistant's visits: the form of its own, and "Mijn bezoeken". */
export function visitRoutes(app: FastifyInstance, deps: AppDeps, inviteToPool: PoolInviter): void {
  const { db } = deps.database;
  const recorder = requireRight('conversation.record');

  const choicesOf = async (request: FastifyRequest) => {
    const district = districtOf(request);
    return {
      district,
      buurten: await buurtenToChoose(db, userOf(request).roles, district.id),
      walkIns: await walkInsOf(db, district.id),
    };
  };

  formRoute(app, {
    path: '/:district/bezoeken/nieuw',
    preHandler: recorder,
    load: choicesOf,
    // Today, at home, and the buurt when the person works in one: the usual visit needs no choosing.
    defaults: (_request, s) => ({
      visitedOn: localDay(deps.clock.now()),
      place: 'home',
      ...(s.buurten.length === 1 && s.buurten[0] !== undefined ? { buurt: s.buurten[0].slug } : {}),
    }),
    page: (_request, s) => (ctx, form) => visitFormPage(ctx, form, s),
    schema: visitForm,
    act: (request, s, input) =>
      recordVisit(actionContext(request, deps), s.district, input, new Set(s.walkIns.map((w) => w.id)), inviteToPool),
    done: (_request, s, id) => `/${s.district.slug}/gesprekken/${id}?melding=bezoek-opgeslagen`,
  });

  app.get('/:district/bezoeken', { preHandler: recorder }, async (request, reply) => {
    const district = districtOf(request);
    const query = visitListQuery.safeParse(request.query);
    const scope = { districtId: district.id, buurten: visitBuurten(userOf(request).roles, district.id) };
    const { page, pageCount, offset } = pageOf(await countVisits(db, scope), PER_PAGE, query.success ? query.data.pagina : 1);
    const lines = await listVisits(db, scope, { offset, limit: PER_PAGE });
    const walkInNames = new Map((await walkInsOf(db, district.id)).map((w) => [w.id, w.name]));
    const data = {
      lines,
      walkInNames,
      page,
      pageCount,
      today: localDay(deps.clock.now()),
    };
    return sendPage(request, reply, (ctx) => visitListPage(ctx, data));
  });
}
