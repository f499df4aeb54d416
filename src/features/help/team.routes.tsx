import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import { sendPage } from '../../platform/layout/render.ts';
import { helpYear } from './figures.repository.ts';
import { rulesForm, standingForm } from './help.schema.ts';
import { coordinates, districtOf, userIdOf, volunteersSeenBy } from './route-helpers.ts';
import { findHouseRules, saveHouseRules } from './rules.repository.ts';
import { rulesAdminPage, rulesFormValues } from './rules.views.tsx';
import { seedRules } from './help.rules.ts';
import { localYearMonth } from './time.rules.ts';
import { appreciationPage, volunteersPage } from './team.views.tsx';
import { currentServices, findVolunteer, setVolunteerStanding } from './volunteers.repository.ts';

type Melding = FastifyRequest<{ Querystring: { melding?: string } }>;

/** Coordinators' view of the volunteers, and the district's totals for appreciation. */
export function teamRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = { preHandler: requireRole('coordinator') };

  app.get('/:district/hulp/vrijwilligers', coordinator, async (request: Melding, reply) => {
    const district = districtOf(request);
    const volunteers = await volunteersSeenBy(db, request, district.id, deps.clock.now());
    const load = await currentServices(db, district.id);
    return sendPage(request, reply, (ctx) => volunteersPage(ctx, volunteers, load, request.query.melding === 'opgeslagen'));
  });

  app.post(
    '/:district/hulp/vrijwilligers/:id',
    coordinator,
    async (request: FastifyRequest<{ Params: { district: string; id: string } }>, reply) => {
      const district = districtOf(request);
      const volunteer = await findVolunteer(db, district.id, request.params.id);
      if (volunteer === undefined) throw new HttpProblem(404);
      if (!coordinates(request, district.id, volunteer.buurtId)) throw new HttpProblem(403);
      const form = parseForm(standingForm, request.body);
      if (!form.ok) throw new HttpProblem(400);
      const now = deps.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await setVolunteerStanding(trx, volunteer.id, form.data, now);
        await recordAudit(trx, {
          at: now,
          actorUserId: userIdOf(request),
          action: 'help.volunteer.standing',
          subjectType: 'help_volunteer',
          subjectId: volunteer.id,
          districtId: district.id,
          details: form.data,
          requestId: request.id,
        });
      });
      return reply.redirect(`/${district.slug}/hulp/vrijwilligers?melding=opgeslagen`, 303);
    },
  );

  app.get('/:district/hulp/waardering', { preHandler: requireRole('coordinator', 'steering_member') }, async (request, reply) => {
    const district = districtOf(request);
    const { year } = localYearMonth(deps.clock.now().toISOString());
    const figures = await helpYear(db, district.id, year);
    return sendPage(request, reply, (ctx) => appreciationPage(ctx, year, figures));
  });
}

/** The administrator sets the cooperative's house rules for the district. */
export function rulesAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const admin = { preHandler: requireRole('administrator') };

  app.get('/:district/beheer/spelregels', admin, async (request: Melding, reply) => {
    const district = districtOf(request);
    const rules = (await findHouseRules(db, district.id)) ?? seedRules;
    const form = { values: rulesFormValues(rules), errors: {} };
    return sendPage(request, reply, (ctx) => rulesAdminPage(ctx, form, request.query.melding === 'opgeslagen'));
  });

  app.post('/:district/beheer/spelregels', admin, async (request, reply) => {
    const district = districtOf(request);
    const form = parseForm(rulesForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => rulesAdminPage(ctx, form, false), 422);
    const d = form.data;
    const rules = {
      ...d,
      oddJobFeeCents: d.oddJobFee,
      studentDesk: d.studentDesk ?? '',
      socialEntrepreneurs: (d.socialEntrepreneurs ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
      contactPhone: d.contactPhone ?? '',
      contactEmail: d.contactEmail ?? '',
      walkIn: d.walkIn ?? '',
    };
    const now = deps.clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      await saveHouseRules(trx, district.id, rules, { at: now, by: userIdOf(request) });
      await recordAudit(trx, {
        at: now,
        actorUserId: userIdOf(request),
        action: 'help.rules.saved',
        subjectType: 'help_rules',
        subjectId: district.id,
        districtId: district.id,
        requestId: request.id,
      });
    });
    return reply.redirect(`/${district.slug}/beheer/spelregels?melding=opgeslagen`, 303);
  });
}
