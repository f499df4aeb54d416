import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, requireRight } from '../../../platform/http/guards.ts';
import { rulesOr404 } from '../house-rules/rules.access.ts';
import { newRequestPage } from './desk-new.views.tsx';
import { recordForResident } from './intake.actions.ts';
import { deskRequestForm } from './intake.schema.ts';
import { requestFormData } from './request-form.repository.ts';

/** A coordinator records a request on a resident's behalf: by phone or at the walk-in point. */
export function deskNewRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function load(request: FastifyRequest) {
    const district = districtOf(request);
    return { district, rules: await rulesOr404(db, district.id) };
  }

  formRoute(app, {
    path: '/:district/hulp/balie/nieuw',
    preHandler: requireRight('help.intake'),
    load,
    defaults: () => ({ frequency: 'once', source: 'phone' }),
    page: async (_request, { district, rules }) => {
      const data = await requestFormData(db, district.id, rules);
      return (ctx, form) => newRequestPage(ctx, form, data);
    },
    schema: deskRequestForm,
    act: (request, { district, rules }, data) => recordForResident(actionContext(request, deps), district, rules, data),
    done: (_request, { district }, id) => `/${district.slug}/hulp/balie/${id}?melding=opgenomen`,
  });
}
