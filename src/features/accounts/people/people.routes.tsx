import { z } from 'zod';
import { integer } from '../../../platform/http/fields.ts';
import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { assignableRoles } from '../../../platform/auth/roles.rules.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireRole, userOf } from '../../../platform/http/guards.ts';
import { organizationsOfDistrict } from '../../guide/index.ts';
import { inviteOrGiveRole } from '../invitations/invite.actions.ts';
import { inviteForm, serviceForm } from '../invitations/invitation.schema.ts';
import { openInvitations } from '../invitations/invitations.repository.ts';
import { changeService, revokeRole } from './people.actions.ts';
import { findAssignment, PEOPLE_PER_PAGE, peopleOfDistrict } from './people.repository.ts';
import { peoplePage } from './people.views.tsx';
import { servicePage } from './service.views.tsx';

const notices = ['uitgenodigd', 'rol-gegeven', 'rol-verwijderd', 'dienst-gewijzigd'];

const pageQuery = z.object({ pagina: integer(1, 100_000) });

/** Who holds which role in a district; inviting someone and taking a role away. */
export function peopleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const admin = requireRole('administrator');

  formRoute(app, {
    path: '/:district/beheer/mensen',
    preHandler: admin,
    load: (request) => Promise.resolve(districtOf(request)),
    async page(request, district) {
      const query = pageQuery.safeParse(request.query);
      const page = query.success ? query.data.pagina : 1;
      const { people, total } = await peopleOfDistrict(db, district.id, page);
      const data = {
        people,
        page,
        pageCount: Math.max(1, Math.ceil(total / PEOPLE_PER_PAGE)),
        invitations: await openInvitations(db, district.id, deps.clock.now().toISOString()),
        assignable: assignableRoles(userOf(request).roles, district.id),
        buurten: await listBuurten(db, district.id),
        organizations: await organizationsOfDistrict(db, district.id),
        notice: noticeOf(request, 'accounts.notice', notices),
      };
      return (ctx, form) => peoplePage(ctx, form, data);
    },
    schema: inviteForm,
    act: (request, district, input) => inviteOrGiveRole(actionContext(request, deps), request.t, district, input),
    done: (_request, district, invited) => `/${district.slug}/beheer/mensen?melding=${invited}`,
  });

  const revoke = '/:district/beheer/mensen/rollen/:assignmentId/verwijderen';
  app.post<{ Params: { assignmentId: string } }>(revoke, { preHandler: admin }, async (request, reply) => {
    const district = districtOf(request);
    const outcome = await revokeRole(actionContext(request, deps), district, request.params.assignmentId);
    if (!outcome.ok) throw new HttpProblem(outcome.status, outcome.errors._form?.code);
    return reply.redirect(`/${district.slug}/beheer/mensen?melding=rol-verwijderd`, 303);
  });

  formRoute(app, {
    path: '/:district/beheer/mensen/rollen/:assignmentId/dienst',
    preHandler: admin,
    async load(request) {
      const district = districtOf(request);
      const { assignmentId } = request.params as { assignmentId: string };
      const assignment = await findAssignment(db, assignmentId);
      // Only a coordinating volunteer is tied to a service (seed 004); any other role has no such page.
      if (assignment?.districtId !== district.id || assignment.role !== 'coordinating_volunteer') throw new HttpProblem(404);
      return { district, assignment };
    },
    defaults: (_request, { assignment }): Record<string, string> => (assignment.service === null ? {} : { service: assignment.service }),
    page:
      (_request, { assignment }) =>
      (ctx, form) =>
        servicePage(ctx, form, assignment),
    schema: serviceForm,
    act: (request, { district, assignment }, input) => changeService(actionContext(request, deps), district, assignment, input.service),
    done: (_request, { district }) => `/${district.slug}/beheer/mensen?melding=dienst-gewijzigd`,
  });
}
