import type { FastifyInstance } from 'fastify';
import { listAudit } from '../../../platform/audit/audit.repository.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { auditPage } from './audit-log.views.tsx';

/** The district's audit log, newest first, for its administrators. */
export function auditLogRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/beheer/logboek', { preHandler: requireRole('administrator') }, async (request, reply) => {
    const rows = await listAudit(deps.database.db, { districtId: districtOf(request).id, limit: 200 });
    return sendPage(request, reply, (ctx) => auditPage(ctx, rows));
  });
}
