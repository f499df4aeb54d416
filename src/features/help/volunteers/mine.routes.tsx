import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, requireRole, userOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { rulesOr404 } from '../house-rules/rules.access.ts';
import { hoursPerYear } from './hours.rules.ts';
import { minePage } from './mine.views.tsx';
import { openProposalsOf, servicesOfVolunteer } from './services.repository.ts';
import { findVolunteerOfUser } from './volunteers.repository.ts';

/** "Mijn hulp": what the volunteer does now, did before, and their own hours per year. */
export function mineRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/hulp/vrijwilliger', { preHandler: requireRole('volunteer') }, async (request, reply) => {
    const district = districtOf(request);
    const own = await findVolunteerOfUser(db, district.id, userOf(request).id);
    const services = own === undefined ? [] : await servicesOfVolunteer(db, own.id);
    const data = {
      hasProfile: own !== undefined,
      proposals: own === undefined ? [] : await openProposalsOf(db, own.id, deps.clock.now().toISOString()),
      current: services.filter((s) => s.status === 'matched'),
      past: services.filter((s) => s.status !== 'matched'),
      years: hoursPerYear(services),
      rules: await rulesOr404(db, district.id),
    };
    return sendPage(request, reply, (ctx) => minePage(ctx, data));
  });
}
