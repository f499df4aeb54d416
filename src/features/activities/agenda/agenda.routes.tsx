import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';
import { assessedGood, placesWithAccess } from '../../guide/index.ts';
import { isCoordinatorOf, mayEdit, mayOrganise } from '../organise/organise.access.ts';
import { activityPageData } from '../registration/registration.routes.tsx';
import { agendaItems } from './activities.repository.ts';
import { agendaChoice, type AgendaQuery } from './agenda.filter.ts';
import { activityPage } from './activity.views.tsx';
import { agendaPage } from './agenda.views.tsx';

const agendaNotices = [
  'toegevoegd',
  'ter-goedkeuring',
  'gewijzigd',
  'goedgekeurd',
  'aangemeld',
  'wachtlijst',
  'maatje',
  'maatje-niet',
  'afgemeld',
  'afgelast',
];

/** What's on: the filtered agenda and each activity's page. */
export function agendaRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/activiteiten', async (request: FastifyRequest<{ Querystring: AgendaQuery }>, reply) => {
    const district = districtOf(request);
    const buurten = await listBuurten(db, district.id);
    const choice = agendaChoice(request.query, buurten, amsterdamParts(deps.clock.now().toISOString())[0]);
    const places = await placesWithAccess(db, district.id);
    const accessibleIds = places.filter((p) => assessedGood(p.assessment?.physical ?? null)).map((p) => p.id);
    const items = await agendaItems(db, district.id, {
      from: choice.from,
      to: choice.to,
      buurtId: choice.buurt?.id,
      theme: choice.theme,
      free: choice.free,
      locationIds: choice.accessible ? accessibleIds : undefined,
    });
    const user = request.user;
    const base = `/${district.slug}/activiteiten`;
    const feeds = [
      { label: request.t('activities.feeds.district', { name: district.name }), href: `${base}/agenda.ics` },
      ...(choice.buurt === undefined
        ? []
        : [{ label: request.t('activities.feeds.buurt', { name: choice.buurt.name }), href: `${base}/buurt/${choice.buurt.slug}.ics` }]),
      ...(choice.theme === undefined
        ? []
        : [
            {
              label: request.t('activities.feeds.theme', { name: request.t(`activities.theme.${choice.theme}`) }),
              href: `${base}/thema/${choice.theme}.ics`,
            },
          ]),
    ];
    const accessible = new Set(accessibleIds);
    return sendPage(request, reply, (ctx) =>
      agendaPage(ctx, {
        items,
        buurten,
        places: new Map(places.map((p) => [p.id, { name: p.name, accessible: accessible.has(p.id) }])),
        filter: { values: choice.values, errors: {} },
        feeds,
        mayOrganise: user !== null && mayOrganise(user, district),
        mayApprove: isCoordinatorOf(user, district),
        buurtSlug: choice.buurt?.slug,
        month: amsterdamParts(deps.clock.now().toISOString())[0].slice(0, 7),
        notice: noticeOf(request, 'activities.notice', agendaNotices),
      }),
    );
  });

  app.get('/:district/activiteiten/:activity', async (request: FastifyRequest<{ Params: { activity: string } }>, reply) => {
    const district = districtOf(request);
    const data = await activityPageData(deps, request, request.params.activity);
    const user = request.user;
    const editor = user !== null && mayEdit(user, district, data.activity);
    if (data.activity.status === 'pending' && !editor) throw new HttpProblem(404);
    const notice = noticeOf(request, 'activities.notice', agendaNotices);
    return sendPage(request, reply, (ctx) => activityPage(ctx, { ...data, mayEdit: editor, notice }, emptyForm));
  });
}
