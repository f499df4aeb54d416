import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { alvOf } from './alv.access.ts';
import { convene, mayAsBoardMember } from './alv.actions.ts';
import { alvSettings } from './alv.repository.ts';
import { hasStarted } from './alv.rules.ts';
import { conveneForm } from './alv.schema.ts';
import { convenePage } from './convene.views.tsx';
import { addDocuments } from './documents.actions.ts';
import { documentRoutes, documentsOf, withPdfUploads } from './documents.routes.ts';
import { documentsPage } from './documents.views.tsx';
import { meetingPlaces } from './place.ts';

/** The secretary (or the chair) convenes an ALV, with its documents as PDF files, and adds or replaces them later; members download them. */
export function conveneRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  withPdfUploads(app, (scope) => {
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
    });
    // After convening, until the meeting opens: a document added or replaced, with a mail to the members.
    formRoute(scope, {
      path: '/:district/cooperatie/alv/:alv/stukken',
      preHandler: requireCoop('dailyBoard'),
      load: async (request) => {
        const subject = await alvOf(deps, request);
        if (!(await mayAsBoardMember(db, subject.district.id, request.user?.email, 'convene')))
          throw new HttpProblem(403, 'cooperative.alv.convene.notSecretary');
        return subject;
      },
      page:
        (_request, { alv }) =>
        (ctx, form) =>
          documentsPage(ctx, { alv, started: hasStarted(alv, deps.clock.now()) }, form),
      schema: z.object({}),
      act: (request, { district, alv }) => {
        const files = documentsOf(request);
        if (!files.ok) return Promise.resolve(files);
        return addDocuments(actionContext(request, deps), { t: request.t, lang: request.lang }, district, alv, files.value);
      },
      done: (_request, { district, alv }) => `/${district.slug}/cooperatie/alv/${alv.id}?melding=stukken`,
    });
  });
  documentRoutes(app, deps);
}
