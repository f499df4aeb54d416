import { z } from 'zod';
import { integer } from '../../../platform/http/fields.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireRight, requireRole } from '../../../platform/http/guards.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { coordinates } from '../desk/coordinator.rules.ts';
import { localYearMonth } from '../shared/time.rules.ts';
import { appreciationPage } from './appreciation.views.tsx';
import { helpYear } from './figures.repository.ts';
import { recordVog, setStanding, volunteersSeenBy } from './team.actions.ts';
import { standingForm } from './team.schema.ts';
import { volunteersPage } from './team.views.tsx';
import { currentServices, findVolunteer } from './volunteers.repository.ts';
import { findVogValidity } from './vog.repository.ts';
import { vogDateForm } from './vog.schema.ts';
import { recordVogPage } from './vog.views.tsx';

type IdRequest = FastifyRequest<{ Params: { district: string; id: string } }>;

const pageQuery = z.object({ pagina: integer(1, 100_000) });

/** Coordinators' view of the volunteers, and the district's totals for appreciation. */
export function teamRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = requireRight('help.team');

  /** The list, with talents, time and reach; where volunteers live only as a buurt. */
  async function listPage(request: FastifyRequest) {
    const district = districtOf(request);
    const page = pageQuery.safeParse(request.query);
    const volunteers = await volunteersSeenBy(actionContext(request, deps), district, page.success ? page.data.pagina : 1);
    const load = await currentServices(db, district.id);
    const notice = noticeOf(request, 'help.volunteers.notice', ['opgeslagen', 'vog']);
    return (ctx: PageContext) => volunteersPage(ctx, volunteers, load, notice);
  }

  /** A volunteer of a buurt this coordinator covers. */
  async function coordinated(request: FastifyRequest) {
    const district = districtOf(request);
    const volunteer = await findVolunteer(db, district.id, (request as IdRequest).params.id);
    if (volunteer === undefined) throw new HttpProblem(404);
    if (!coordinates(request.user, district.id, volunteer.buurtId, undefined, 'help.team')) throw new HttpProblem(403);
    return { district, volunteer };
  }

  app.get('/:district/hulp/vrijwilligers', { preHandler: coordinator }, async (request, reply) =>
    sendPage(request, reply, await listPage(request)),
  );

  formRoute(app, {
    path: '/:district/hulp/vrijwilligers/:id',
    preHandler: coordinator,
    load: coordinated,
    page: listPage,
    schema: standingForm,
    act: (request, { district, volunteer }, standing) => setStanding(actionContext(request, deps), district, volunteer, standing),
    done: (_request, { district }) => `/${district.slug}/hulp/vrijwilligers?melding=opgeslagen`,
    shownOn: (_request, { district }) => `/${district.slug}/hulp/vrijwilligers`,
  });

  // The date on a volunteer's VOG, recorded later or renewed (also for volunteers from before the intake).
  formRoute(app, {
    path: '/:district/hulp/vrijwilligers/:id/vog',
    preHandler: coordinator,
    load: coordinated,
    defaults: (_request, { volunteer }) => ({ vogDate: volunteer.vogDate ?? '' }),
    page: async (_request, { district, volunteer }) => {
      const vogValidMonths = await findVogValidity(db, district.id);
      return (ctx, form) => recordVogPage(ctx, { volunteer, vogValidMonths }, form);
    },
    schema: vogDateForm,
    act: (request, { district, volunteer }, input) => recordVog(actionContext(request, deps), district, volunteer, input),
    done: (_request, { district }) => `/${district.slug}/hulp/vrijwilligers?melding=vog`,
  });

  app.get('/:district/hulp/waardering', { preHandler: requireRole('coordinator', 'steering_member') }, async (request, reply) => {
    const district = districtOf(request);
    const { year } = localYearMonth(deps.clock.now().toISOString());
    const figures = await helpYear(db, district.id, year);
    return sendPage(request, reply, (ctx) => appreciationPage(ctx, year, figures));
  });
}
