import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, noticeOf, requireRole } from '../../../platform/http/guards.ts';
import { seedRules } from './house-rules.rules.ts';
import { rulesAdminPage, rulesFormValues } from './rules-admin.views.tsx';
import { saveRules } from './rules.actions.ts';
import { findHouseRules } from './rules.repository.ts';
import { rulesForm } from './rules.schema.ts';

/** The administrator sets the cooperative's house rules for the district. */
export function rulesAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  formRoute(app, {
    path: '/:district/beheer/spelregels',
    preHandler: requireRole('administrator'),
    load: (request) => Promise.resolve(districtOf(request)),
    defaults: async (_request, district) => rulesFormValues((await findHouseRules(deps.database.db, district.id)) ?? seedRules),
    page: (request) => {
      const notice = noticeOf(request, 'help.rulesForm.notice', ['opgeslagen']);
      return (ctx, form) => rulesAdminPage(ctx, form, notice);
    },
    schema: rulesForm,
    act: (request, district, input) => saveRules(actionContext(request, deps), district, input),
    done: (_request, district) => `/${district.slug}/beheer/spelregels?melding=opgeslagen`,
  });
}
