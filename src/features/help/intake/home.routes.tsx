import type { FastifyInstance } from 'fastify';
import { may } from '../../../platform/auth/rights.rules.ts';
import { hasRole } from '../../../platform/auth/roles.rules.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { contactPointOfDistrict } from '../../guide/index.ts';
import { findHouseRules } from '../house-rules/rules.repository.ts';
import { socialEntrepreneursOf } from '../shared/places.repository.ts';
import { helpHomePage, notAvailablePage } from './home.views.tsx';

/** "Oost helpt": what it is, how to ask; a district without neighbour help says so. */
export function homeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/hulp', async (request, reply) => {
    const district = districtOf(request);
    const rules = await findHouseRules(db, district.id);
    if (rules === undefined) return sendPage(request, reply, (ctx) => notAvailablePage(ctx));
    const roles = request.user?.roles ?? [];
    const data = {
      rules,
      socialEntrepreneurs: await socialEntrepreneursOf(db, district.id),
      isVolunteer: hasRole(roles, ['volunteer'], { districtId: district.id }),
      isCoordinator: may(roles, 'help.desk', { districtId: district.id }),
      point: await contactPointOfDistrict(db, district.id),
      now: deps.clock.now(),
    };
    return sendPage(request, reply, (ctx) => helpHomePage(ctx, data));
  });
}
