import type { FastifyInstance } from 'fastify';
import { hasRole } from '../../../platform/auth/roles.rules.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { settingsOf } from '../settings/settings.repository.ts';
import { accessOf } from '../shared/access.ts';
import { hubPage } from './hub.views.tsx';

/** The district's pact at a glance. */
export function hubRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/samenwerken', async (request, reply) => {
    const district = districtOf(request);
    const settings = await settingsOf(deps.database.db, district.id);
    const admin = request.user !== null && hasRole(request.user.roles, ['administrator'], { districtId: district.id });
    return sendPage(request, reply, (ctx) => hubPage(ctx, { ...settings, access: accessOf(request), admin }));
  });
}
