import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { convene, mayAsBoardMember } from './alv.actions.ts';
import { alvSettings } from './alv.repository.ts';
import { conveneForm } from './alv.schema.ts';
import { convenePage } from './convene.views.tsx';
import { documentRoutes, documentsOf, withPdfUploads } from './documents.routes.ts';
import { meetingPlaces } from './place.ts';

/** The secretary (or the chair) convenes an ALV, with its documents as PDF files; members download them. */
export function conveneRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  withPdfUploads(app, (scope) =>
    formRoute(scope, {
      path: '/:district/cooperatie/alv/nieuw',
      preHandler: requireCoop('dailyBoard'),
      load: async (request) => {
        const coop = await cooperativeOf(deps, request);
        if (!(await mayAsBoardMember(db, coop.district.id, request.user?.email, 'convene')))
          throw new HttpProblem(403, 'cooperative.alv.convene.notSecretary');
        return coop;
      },
      page: async (_request, { district }) => {
        const { noticeDays } = await alvSettings(db, district.id);
        const places = await meetingPlaces(db, district.id);
        return (ctx, form) => convenePage(ctx, { noticeDays, places }, form);
      },
      schema: conveneForm,
      act: (request, { district }, input) => {
        const files = documentsOf(request);
        if (!files.ok) return Promise.resolve(files);
        return convene(actionContext(request, deps), { t: request.t, lang: request.lang }, district, input, files.value);
      },
      done: (_request, { district }, id) => `/${district.slug}/cooperatie/alv/${id}?melding=bijeengeroepen`,
    }),
  );
  documentRoutes(app, deps);
}
