import type { FastifyInstance } from 'fastify';
import { hasRole } from '../../platform/auth/roles.rules.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { sendPage } from '../../platform/layout/render.ts';
import { accessOf, districtOf } from './pact.http.ts';
import { partnersApi } from './partners.api.ts';
import { partnersRoutes } from './partners.routes.tsx';
import { agendaApi } from './agenda.api.ts';
import { agendaRoutes } from './agenda.routes.tsx';
import { bottlenecksRoutes } from './bottlenecks.routes.tsx';
import { meetingsApi } from './meetings.api.ts';
import { meetingsRoutes } from './meetings.routes.tsx';
import { steeringRoutes } from './steering.routes.tsx';
import { tijwRoutes } from './tijw.routes.tsx';
import { monitoringApi } from './monitoring.api.ts';
import { monitoringRoutes } from './monitoring.routes.tsx';
import { settingsRoutes } from './settings.routes.tsx';
import { settingsOf } from './settings.repository.ts';
import { hubPage } from './pact.views.tsx';

export function pactRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  app.get('/:district/samenwerken', async (request, reply) => {
    const settings = await settingsOf(db, districtOf(request).id);
    const admin = request.user !== null && hasRole(request.user.roles, ['administrator'], { districtId: districtOf(request).id });
    return sendPage(request, reply, (ctx) => hubPage(ctx, { ...settings, access: accessOf(request), admin }));
  });
  settingsRoutes(app, deps);
  partnersRoutes(app, deps);
  partnersApi(app, deps);
  steeringRoutes(app, deps);
  meetingsRoutes(app, deps);
  meetingsApi(app, deps);
  agendaRoutes(app, deps);
  agendaApi(app, deps);
  bottlenecksRoutes(app, deps);
  tijwRoutes(app, deps);
  monitoringRoutes(app, deps);
  monitoringApi(app, deps);
}
